namespace FaceClassifier.Gallery;

/// <summary>How the gallery is split and how much one person may hold.</summary>
public sealed class GalleryOptions
{
    public const string Section = "Gallery";

    /// <summary>
    /// How many shard grains hold the gallery. Fixed for a deployment's life: a person's shard follows from its id and
    /// this count, and the store groups records by shard (changing it would need a re-shard, which is not built).
    /// </summary>
    public int Shards { get; set; } = 64;

    /// <summary>People a shard reads from the gallery store per page while it rebuilds its index.</summary>
    public int RebuildPageSize { get; set; } = 200;
}
