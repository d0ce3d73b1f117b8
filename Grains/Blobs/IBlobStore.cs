namespace FaceClassifier.Blobs;

/// <summary>Stores videos and frames under server-made keys such as "videos/{job}/video".</summary>
public interface IBlobStore
{
    /// <summary>Streams <paramref name="content"/> into a blob; past <paramref name="maxBytes"/> it stops and throws <see cref="BlobTooLargeException"/>.</summary>
    Task<long> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>Opens a blob for reading, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>A local file holding the blob, for tools that read files (ffmpeg).</summary>
    Task<string> GetLocalPathAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes every blob whose key starts with <paramref name="prefix"/> (a folder such as "videos/{job}/").</summary>
    Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default);
}

/// <summary>Content went past the allowed size while it was being stored.</summary>
public sealed class BlobTooLargeException(long maxBytes)
    : Exception($"Content exceeds the maximum of {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
