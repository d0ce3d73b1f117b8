using FaceClassifier.Blobs.Local;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;

namespace FaceClassifier.Gallery;

/// <summary>The gallery index's durable state.</summary>
[GenerateSerializer, Alias("fc.GalleryState")]
public sealed record GalleryState
{
    [Id(0)] public long Version { get; init; }

    [Id(1)] public GalleryEntry[] Entries { get; init; } = [];
}

/// <summary>The matching index: every person's descriptors in one place, so matching sees deletions at once.</summary>
public sealed class GalleryGrain(
    [PersistentState("gallery", StorageNames.Gallery)] IPersistentState<GalleryState> state) : Grain, IGalleryGrain
{
    public Task UpsertAsync(GalleryEntry entry) =>
        SaveAsync([.. state.State.Entries.Where(e => e.Person.PersonId != entry.Person.PersonId), entry]);

    public async Task<bool> RemoveAsync(string personId)
    {
        if (!state.State.Entries.Any(e => e.Person.PersonId == personId))
        {
            return false;
        }

        await SaveAsync([.. state.State.Entries.Where(e => e.Person.PersonId != personId)]);
        return true;
    }

    public Task<IReadOnlyList<PersonRecord>> ListAsync() => Task.FromResult<IReadOnlyList<PersonRecord>>(
        state.State.Entries.Select(e => e.Person)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.PersonId, StringComparer.Ordinal)
            .ToArray());

    public Task<GallerySnapshot> SnapshotAsync() =>
        Task.FromResult(new GallerySnapshot(state.State.Version, state.State.Entries));

    private Task SaveAsync(GalleryEntry[] entries)
    {
        state.State = new GalleryState { Version = state.State.Version + 1, Entries = entries };
        return state.WriteStateAsync();
    }
}
