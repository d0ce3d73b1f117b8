namespace FaceClassifier.Gallery.Storage.Files;

/// <summary>Options of the file gallery store.</summary>
public sealed class FileGalleryStoreOptions
{
    /// <summary>The folder holding a folder per shard with one file per person; required.</summary>
    public string RootDirectory { get; set; } = "";

    /// <summary>The most people one page holds.</summary>
    public int PageSize { get; set; } = 200;
}
