using System.Text;
using FaceClassifier.Blobs;
using FaceClassifier.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FaceClassifier.Api.Upload;

/// <summary>The text fields a multipart upload carried (trimmed, blank ones left out) and its stored file's size (null when none came).</summary>
public sealed record MultipartUpload(IReadOnlyDictionary<string, string> Fields, long? FileBytes)
{
    public string? Field(string name) => Fields.GetValueOrDefault(name);
}

/// <summary>
/// Reads a multipart body part by part: the one file part streams straight into the blob store (its size checked as
/// it goes), the named text fields are read up to a small cap, other parts are skipped. Nothing is held whole in
/// memory and the client's file name is ignored.
/// </summary>
public static class MultipartUploadReader
{
    private const int MaxFieldChars = 4096;

    /// <summary>Most parts in one form: the largest form has a file and a few fields, so more is abuse.</summary>
    public const int MaxParts = 16;

    /// <summary>The headers of one part (Content-Disposition, Content-Type): a few hundred bytes in any real client.</summary>
    public const int MaxPartHeaderBytes = 4096;

    /// <summary>The upload, or the 400 message when the body is not an acceptable multipart form.</summary>
    public static async Task<(MultipartUpload? Upload, string? Error)> ReadAsync(
        HttpRequest request,
        IBlobStore blobs,
        (string Field, string Key, long MaxBytes) file,
        IReadOnlyCollection<string> textFields,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, "the request must be multipart/form-data");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        long? fileBytes = null;
        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 8, HeadersLengthLimit = MaxPartHeaderBytes };
        var parts = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (++parts > MaxParts)
                {
                    return (null, $"the form must have at most {MaxParts} parts");
                }

                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { } name)
                {
                    continue;
                }

                if (name == file.Field)
                {
                    if (fileBytes is not null)
                    {
                        return (null, $"only one {file.Field} may be uploaded");
                    }

                    fileBytes = await blobs.WriteAsync(file.Key, section.Body, file.MaxBytes, cancellationToken);
                }
                else if (textFields.Contains(name))
                {
                    if (await ReadFieldAsync(section.Body, cancellationToken) is not { } value)
                    {
                        return (null, $"{name} is too long");
                    }

                    if (value.Trim() is { Length: > 0 } trimmed)
                    {
                        fields[name] = trimmed;
                    }
                }
            }
        }
        catch (BlobTooLargeException ex)
        {
            return (null, TooLarge(file.Field, ex.MaxBytes));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel refuses a declared Content-Length past its limit before a byte is streamed.
            return (null, TooLarge(file.Field, file.MaxBytes));
        }
        catch (InvalidDataException)
        {
            return (null, "the multipart body could not be read");
        }

        return (new MultipartUpload(fields, fileBytes), null);
    }

    private static string TooLarge(string field, long maxBytes) => $"{field} is larger than the maximum of {Sizes.Describe(maxBytes)}";

    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1024, leaveOpen: true);
        var buffer = new char[MaxFieldChars + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxFieldChars ? null : new string(buffer, 0, length);
    }
}
