using FaceClassifier.Blobs;
using FaceClassifier.Engine.Vision.Matching.Index;
using FaceClassifier.Gallery.Storage;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Gallery.Shards;

/// <summary>
/// One shard of the gallery: writes its people's records to the gallery store, then applies the change to its
/// in-memory index in the same turn, so matching sees an enrolment or a deletion as soon as the call returns and never
/// sees a person the store does not hold. On activation it reads its partition back, page by page.
/// </summary>
public sealed partial class GalleryShardGrain(IGalleryStore store, IBlobStore blobs, TimeProvider time, ILogger<GalleryShardGrain> logger)
    : Grain, IGalleryShardGrain
{
    private readonly DescriptorIndex _index = new();
    private readonly Dictionary<string, PersonRecord> _people = new(StringComparer.Ordinal);
    private readonly SortedSet<(string Name, string Id)> _byName = new(PeopleOrder.Instance);

    private int Shard => (int)this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await store.ReadPageAsync(Shard, continuation, cancellationToken);
            foreach (var person in page.People)
            {
                Apply(person);
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        LogRebuilt(logger, Shard, _people.Count, _index.Rows);
    }

    public async Task<PersonWrite> EnrolAsync(string personId, string name, IReadOnlyList<float[]> descriptors, string? thumbnailKey)
    {
        if (_people.ContainsKey(personId))
        {
            return new PersonWrite(PersonWriteStatus.Exists, _people[personId]);
        }

        if (descriptors.Count > GalleryRecords.MaxDescriptorsPerPerson)
        {
            return new PersonWrite(PersonWriteStatus.TooManyPhotos);
        }

        var now = time.GetUtcNow();
        return await WriteAsync(new StoredPerson(personId, name, now, now, descriptors, thumbnailKey));
    }

    public async Task<PersonWrite> AddDescriptorsAsync(string personId, IReadOnlyList<float[]> descriptors)
    {
        if (await store.GetAsync(Shard, personId) is not { } stored || !_people.ContainsKey(personId))
        {
            return new PersonWrite(PersonWriteStatus.NotFound);
        }

        if (stored.Descriptors.Count + descriptors.Count > GalleryRecords.MaxDescriptorsPerPerson)
        {
            return new PersonWrite(PersonWriteStatus.TooManyPhotos, _people[personId]);
        }

        return await WriteAsync(stored with { Descriptors = [.. stored.Descriptors, .. descriptors], UpdatedAt = time.GetUtcNow() });
    }

    public async Task<PersonWrite> RenameAsync(string personId, string name)
    {
        if (await store.GetAsync(Shard, personId) is not { } stored || !_people.ContainsKey(personId))
        {
            return new PersonWrite(PersonWriteStatus.NotFound);
        }

        return await WriteAsync(stored with { Name = name, UpdatedAt = time.GetUtcNow() });
    }

    public Task<PersonRecord?> GetAsync(string personId) => Task.FromResult(_people.GetValueOrDefault(personId));

    public async Task<IReadOnlyList<float[]>?> GetDescriptorsAsync(string personId) =>
        _people.ContainsKey(personId) ? (await store.GetAsync(Shard, personId))?.Descriptors : null;

    public async Task<bool> DeleteAsync(string personId)
    {
        if (!_people.TryGetValue(personId, out var person))
        {
            return false;
        }

        // Store first: a failed delete leaves the person whole in both; searches cannot interleave with this turn.
        await GuardAsync(() => store.DeleteAsync(Shard, personId));
        Forget(person);
        if (person.ThumbnailKey is not null && Guid.TryParse(personId, out var id))
        {
            // The face crop is biometric data too: it goes with the person (a failure is logged, the person stays deleted).
            try
            {
                await blobs.DeletePrefixAsync(BlobKeys.PersonFolder(id));
            }
            catch (Exception e)
            {
                LogThumbnailNotDeleted(logger, e, personId);
            }
        }

        return true;
    }

    public Task<IReadOnlyList<PersonRecord>> ListAsync(PeopleQuery query)
    {
        var after = (Name: query.AfterName ?? "", Id: query.AfterId ?? "");
        var from = query.NamePrefix is { } prefix && PeopleOrder.Instance.Compare((prefix, ""), after) > 0 ? (prefix, "") : after;
        var people = new List<PersonRecord>();
        if (_byName.Count > 0 && PeopleOrder.Instance.Compare(from, _byName.Max) <= 0)
        {
            foreach (var key in _byName.GetViewBetween(from, _byName.Max))
            {
                if (people.Count == query.Limit
                    || (query.NamePrefix is not null && !key.Name.StartsWith(query.NamePrefix, StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }

                if (PeopleOrder.Instance.Compare(key, after) > 0)
                {
                    people.Add(_people[key.Id]);
                }
            }
        }

        return Task.FromResult<IReadOnlyList<PersonRecord>>(people);
    }

    public Task<(int People, int Descriptors)> CountAsync() => Task.FromResult((_people.Count, _index.Rows));

    public Task<IReadOnlyList<SearchCandidates>> SearchAsync(IReadOnlyList<float[]> descriptors) =>
        Task.FromResult<IReadOnlyList<SearchCandidates>>([.. _index.Match(descriptors).Select(CandidateMapping.ToWire)]);

    private async Task<PersonWrite> WriteAsync(StoredPerson person)
    {
        await GuardAsync(() => store.PutAsync(Shard, person));
        return new PersonWrite(PersonWriteStatus.Done, Apply(person));
    }

    // A failed write may still have reached the store (a lost answer). The next activation reads the store again,
    // so matching and the store agree on whether the person exists; until then this activation takes no more calls.
    private async Task GuardAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception e)
        {
            LogWriteFailed(logger, e, Shard);
            this.DeactivateOnIdle();
            throw;
        }
    }

    private PersonRecord Apply(StoredPerson person)
    {
        if (_people.TryGetValue(person.PersonId, out var old))
        {
            _byName.Remove((old.Name, old.PersonId));
        }

        var record = new PersonRecord(person.PersonId, person.Name, person.Descriptors.Count, person.CreatedAt, person.UpdatedAt, person.ThumbnailKey);
        _people[person.PersonId] = record;
        _byName.Add((record.Name, record.PersonId));
        _index.Set(person.PersonId, person.Name, person.Descriptors);
        return record;
    }

    private void Forget(PersonRecord person)
    {
        _index.Remove(person.PersonId);
        _byName.Remove((person.Name, person.PersonId));
        _people.Remove(person.PersonId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Gallery shard {Shard} could not write to the gallery store; it reloads from the store on its next call")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The thumbnail of deleted person {PersonId} could not be deleted")]
    private static partial void LogThumbnailNotDeleted(ILogger logger, Exception exception, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gallery shard {Shard} rebuilt: {People} people, {Descriptors} descriptors")]
    private static partial void LogRebuilt(ILogger logger, int shard, int people, int descriptors);
}
