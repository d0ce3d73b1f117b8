using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Gallery;

/// <summary>
/// The gallery as the API, the importer and the jobs use it: every call goes to the one shard that holds the person,
/// or to all shards in parallel for a listing or a search
/// (<see cref="IGallerySearch.SearchAsync"/>: per descriptor, the two closest different people in the whole gallery). No caller ever holds the whole gallery.
/// Every successful write asks the person's appearances grain to rescan the stored jobs.
/// </summary>
public interface IGallery : IGallerySearch
{
    Task<PersonWrite> EnrolAsync(Guid personId, string name, IReadOnlyList<float[]> descriptors, string? thumbnailKey = null);

    Task<PersonRecord?> GetAsync(Guid personId);

    /// <summary>The person's descriptors (biometric data: for matching and merges, never for an answer), or null for an unknown person.</summary>
    Task<IReadOnlyList<float[]>?> GetDescriptorsAsync(Guid personId);

    Task<PersonWrite> AddDescriptorsAsync(Guid personId, IReadOnlyList<float[]> descriptors);

    Task<PersonWrite> RenameAsync(Guid personId, string name);

    /// <summary>Moves <paramref name="from"/>'s descriptors into <paramref name="into"/>, then deletes <paramref name="from"/>.</summary>
    /// <remarks>A crash between the two steps leaves both people (the descriptors twice), never neither.</remarks>
    Task<MergeOutcome> MergeAsync(Guid into, Guid from);

    Task<bool> DeleteAsync(Guid personId);

    /// <summary>People by name, then id, from the cursor a previous page returned; at most <paramref name="limit"/>.</summary>
    Task<PeoplePage> ListAsync(int limit, string? cursor = null, string? namePrefix = null);
}

/// <summary>One page of people and the cursor of the next, null after the last.</summary>
public sealed record PeoplePage(IReadOnlyList<PersonRecord> People, string? NextCursor);

/// <summary>What a merge did: Done with the merged person, or which side was missing or the photo limit.</summary>
public sealed record MergeOutcome(MergeStatus Status, PersonRecord? Person = null);

public enum MergeStatus
{
    Done,
    IntoNotFound,
    FromNotFound,
    SamePerson,
    TooManyPhotos,
}
