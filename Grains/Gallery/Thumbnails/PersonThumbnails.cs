using FaceClassifier.Blobs;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Gallery.Thumbnails;

/// <summary>A gallery person's face thumbnail, cut from one of their photos and kept in the blob store.</summary>
public sealed class PersonThumbnails(IBlobStore blobs, IFaceThumbnailer thumbnailer)
{
    /// <summary>The thumbnail as JPEG bytes: CPU work, so a grain runs it off the Orleans scheduler.</summary>
    public byte[] Render(RgbImage photo, FaceBox face) => thumbnailer.RenderJpeg(photo, face);

    /// <summary>Stores (or replaces) the person's thumbnail; returns its blob key, for the person's record.</summary>
    public async Task<string> StoreAsync(Guid personId, byte[] jpeg, CancellationToken cancellationToken = default)
    {
        var key = BlobKeys.PersonThumbnail(personId);
        using var content = new MemoryStream(jpeg, writable: false);
        await blobs.WriteAsync(key, content, jpeg.Length, cancellationToken);
        return key;
    }

    /// <summary>Renders and stores in one call, for callers outside a grain (the enrolment API).</summary>
    public Task<string> CreateAsync(Guid personId, RgbImage photo, FaceBox face, CancellationToken cancellationToken = default) =>
        StoreAsync(personId, Render(photo, face), cancellationToken);
}
