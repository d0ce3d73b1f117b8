using System.Text;
using FaceClassifier.Api.Contracts;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FaceClassifier.Api.Upload;

/// <summary>The text fields of an upload and the size of its stored file (null when no file part came).</summary>
public sealed record UploadForm(string? Name, string? Email, string? WebhookUrl, long? FileBytes);

/// <summary>
/// Reads an upload's multipart body part by part: the "file" part streams straight into the blob store
/// (its size checked as it goes), text fields are read up to a small cap. Nothing is held whole in memory
/// and the client's file name is ignored.
/// </summary>
public static class UploadFormReader
{
    private const int MaxFieldChars = 4096;

    /// <summary>The form, or the 400 message when the body is not an acceptable multipart form.</summary>
    public static async Task<(UploadForm? Form, string? Error)> ReadAsync(
        HttpRequest request, IBlobStore blobs, string fileKey, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, "the request must be multipart/form-data");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        long? fileBytes = null;
        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { } name)
                {
                    continue;
                }

                if (name == "file")
                {
                    if (fileBytes is not null)
                    {
                        return (null, "only one file may be uploaded");
                    }

                    fileBytes = await blobs.WriteAsync(fileKey, section.Body, maxBytes, cancellationToken);
                }
                else if (name is "name" or "email" or "webhook_url")
                {
                    if (await ReadFieldAsync(section.Body, cancellationToken) is not { } value)
                    {
                        return (null, $"{name} is too long");
                    }

                    fields[name] = value;
                }
            }
        }
        catch (BlobTooLargeException ex)
        {
            return (null, TooLarge(ex.MaxBytes));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel refuses a declared Content-Length past its limit before a byte is streamed.
            return (null, TooLarge(maxBytes));
        }
        catch (InvalidDataException)
        {
            return (null, "the multipart body could not be read");
        }

        return (new UploadForm(Field(fields, "name"), Field(fields, "email"), Field(fields, "webhook_url"), fileBytes), null);
    }

    private static string TooLarge(long maxBytes) => $"file is larger than the maximum of {Sizes.Describe(maxBytes)}";

    private static string? Field(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

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
