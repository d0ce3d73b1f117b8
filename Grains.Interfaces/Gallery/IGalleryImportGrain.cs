namespace FaceClassifier.Gallery;

/// <summary>One bulk import into the gallery (Guid key, the import's id): an archive of one folder per person.</summary>
public interface IGalleryImportGrain : IGrainWithGuidKey
{
    /// <summary>Starts importing the stored archive in the background; a repeat returns the progress and changes nothing.</summary>
    Task<ImportProgress> StartAsync(string archiveKey);

    /// <summary>The progress, or null for an unknown import.</summary>
    Task<ImportProgress?> GetAsync();
}
