namespace FaceClassifier.Gallery;

/// <summary>The gallery's index (one grain, key 0): what matching sees, updated by person grains.</summary>
public interface IGalleryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or replaces a person's entry.</summary>
    Task UpsertAsync(GalleryEntry entry);

    /// <summary>Removes a person from matching; false when it was not there.</summary>
    Task<bool> RemoveAsync(string personId);

    /// <summary>All people, by name.</summary>
    Task<IReadOnlyList<PersonRecord>> ListAsync();

    /// <summary>Every enrolled descriptor, for matching.</summary>
    Task<GallerySnapshot> SnapshotAsync();
}
