using Orleans.Concurrency;

namespace FaceClassifier.Gallery;

/// <summary>
/// One shard of the gallery (integer key 0..Gallery:Shards-1): the durable writer of its people's records and their
/// descriptors in memory as one matrix, rebuilt from the gallery store when it activates. A person belongs to the
/// shard <c>GalleryShards.Of(personId)</c> says, for good.
/// </summary>
public interface IGalleryShardGrain : IGrainWithIntegerKey
{
    /// <summary>Creates the person with its descriptors (at least one); Exists when the id is taken.</summary>
    Task<PersonWrite> EnrolAsync(string personId, string name, IReadOnlyList<float[]> descriptors, string? thumbnailKey);

    /// <summary>Adds descriptors to the person; TooManyPhotos (nothing changed) past the limit.</summary>
    Task<PersonWrite> AddDescriptorsAsync(string personId, IReadOnlyList<float[]> descriptors);

    Task<PersonWrite> RenameAsync(string personId, string name);

    [ReadOnly]
    Task<PersonRecord?> GetAsync(string personId);

    /// <summary>The person's descriptors (for a merge), or null for an unknown person.</summary>
    [ReadOnly]
    Task<IReadOnlyList<float[]>?> GetDescriptorsAsync(string personId);

    /// <summary>Removes the person from matching and from the store; false when unknown.</summary>
    Task<bool> DeleteAsync(string personId);

    /// <summary>This shard's first people after the query's cursor, at most its limit.</summary>
    [ReadOnly]
    Task<IReadOnlyList<PersonRecord>> ListAsync(PeopleQuery query);

    /// <summary>How many people and descriptors the shard holds.</summary>
    [ReadOnly]
    Task<(int People, int Descriptors)> CountAsync();

    /// <summary>Per descriptor, this shard's two closest people.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SearchCandidates>> SearchAsync(IReadOnlyList<float[]> descriptors);
}
