namespace FaceClassifier.Gallery.Storage;

/// <summary>
/// Where gallery people live durably: one record per person, grouped by shard so that a shard grain rebuilds its
/// index by reading its own partition page by page. No record exceeds <see cref="GalleryRecords.MaxBytes"/>.
/// </summary>
public interface IGalleryStore
{
    /// <summary>Writes the person's whole record atomically (creating or replacing it).</summary>
    /// <exception cref="GalleryRecordTooLargeException">The record would exceed <see cref="GalleryRecords.MaxBytes"/>; nothing is written.</exception>
    Task PutAsync(int shard, StoredPerson person, CancellationToken cancellationToken = default);

    /// <summary>The person's record, or null.</summary>
    Task<StoredPerson?> GetAsync(int shard, string personId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the person's record; false when there was none.</summary>
    Task<bool> DeleteAsync(int shard, string personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the shard's people, in no particular order, from <paramref name="continuation"/> (null: the first page).
    /// Every person stored before the first call and not deleted is returned exactly once over the pages.
    /// </summary>
    Task<GalleryPage> ReadPageAsync(int shard, string? continuation, CancellationToken cancellationToken = default);
}
