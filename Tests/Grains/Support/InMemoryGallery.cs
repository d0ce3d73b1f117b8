using System.Collections.Concurrent;
using FaceClassifier.Gallery;

namespace FaceClassifier.Tests.Grains.Support;

/// <summary>TEMPORARY: stands in for the sharded gallery until main has it; enrol and get only.</summary>
public sealed class InMemoryGallery : IGallery
{
    public static InMemoryGallery Shared { get; } = new();

    private readonly ConcurrentDictionary<Guid, PersonRecord> _people = new();

    public Task<PersonWrite> EnrolAsync(Guid personId, string name, IReadOnlyList<float[]> descriptors, string? thumbnailKey = null)
    {
        var now = DateTimeOffset.UtcNow;
        var record = new PersonRecord(personId.ToString(), name, descriptors.Count, now, now);
        return Task.FromResult(_people.TryAdd(personId, record) ? new PersonWrite(PersonWriteStatus.Done, record) : new PersonWrite(PersonWriteStatus.Exists));
    }

    public Task<PersonRecord?> GetAsync(Guid personId) => Task.FromResult(_people.GetValueOrDefault(personId));

    public Task<PersonWrite> AddDescriptorsAsync(Guid personId, IReadOnlyList<float[]> descriptors) => throw new NotSupportedException();

    public Task<PersonWrite> RenameAsync(Guid personId, string name) => throw new NotSupportedException();

    public Task<MergeOutcome> MergeAsync(Guid into, Guid from) => throw new NotSupportedException();

    public Task<bool> DeleteAsync(Guid personId) => throw new NotSupportedException();

    public Task<PeoplePage> ListAsync(int limit, string? cursor = null, string? namePrefix = null) => throw new NotSupportedException();

    public Task<IReadOnlyList<SearchCandidates>> SearchAsync(IReadOnlyList<float[]> descriptors, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
