namespace FaceClassifier.Gallery.Storage;

/// <summary>A person's record would exceed <see cref="GalleryRecords.MaxBytes"/>; the store wrote nothing.</summary>
public sealed class GalleryRecordTooLargeException(string personId, long bytes)
    : Exception($"The gallery record of person {personId} would be {bytes} bytes, over the {GalleryRecords.MaxBytes}-byte limit.")
{
    public long Bytes { get; } = bytes;
}
