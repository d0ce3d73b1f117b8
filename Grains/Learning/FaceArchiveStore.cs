using FaceClassifier.Blobs;
using Orleans.Serialization;

namespace FaceClassifier.Learning;

/// <summary>Reads and writes a job's <see cref="FaceArchive"/> blob (<see cref="BlobKeys.JobFaces"/>).</summary>
public sealed class FaceArchiveStore(IBlobStore blobs, Serializer<FaceArchive> serializer)
{
    /// <summary>Far above a real archive (a face holds at most 16 descriptors of 512 bytes).</summary>
    private const long MaxBytes = 64L << 20;

    public async Task WriteAsync(FaceArchive archive, CancellationToken cancellationToken = default)
    {
        using var content = new MemoryStream(serializer.SerializeToArray(archive));
        await blobs.WriteAsync(BlobKeys.JobFaces(archive.JobId), content, MaxBytes, cancellationToken);
    }

    /// <summary>The job's archive, or null when the job stored none (deleted, failed, or finished before archives existed).</summary>
    public async Task<FaceArchive?> ReadAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var stream = await blobs.OpenReadAsync(BlobKeys.JobFaces(jobId), cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return serializer.Deserialize(buffer.ToArray());
    }
}
