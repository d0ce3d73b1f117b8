namespace FaceClassifier.Storage;

/// <summary>Names of the grain storage providers.</summary>
public static class StorageNames
{
    public const string Jobs = "jobs";

    public const string Gallery = "gallery";
}
