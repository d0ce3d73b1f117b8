using FaceClassifier.Blobs;

namespace FaceClassifier.Api.Upload;

/// <summary>The text fields of an upload and the size of its stored file (null when no file part came).</summary>
public sealed record UploadForm(string? Name, string? Email, string? WebhookUrl, long? FileBytes);

/// <summary>Reads a video upload's form: the "file" part streams to the blob store, name, email and webhook_url are read.</summary>
public static class UploadFormReader
{
    private static readonly string[] TextFields = ["name", "email", "webhook_url"];

    /// <summary>The form, or the 400 message when the body is not an acceptable multipart form.</summary>
    public static async Task<(UploadForm? Form, string? Error)> ReadAsync(
        HttpRequest request, IBlobStore blobs, string fileKey, long maxBytes, CancellationToken cancellationToken)
    {
        var (upload, error) = await MultipartUploadReader.ReadAsync(request, blobs, ("file", fileKey, maxBytes), TextFields, cancellationToken);
        return upload is null
            ? (null, error)
            : (new UploadForm(upload.Field("name"), upload.Field("email"), upload.Field("webhook_url"), upload.FileBytes), null);
    }
}
