using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Gallery.Shards;
using FaceClassifier.Learning;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Gallery;

/// <summary>The gallery over its shard grains: one shard per person call, all shards in parallel for lists and searches.</summary>
public sealed class ShardedGallery(IGrainFactory grains, IOptions<GalleryOptions> options) : IGallery
{
    /// <summary>The most people one page may hold.</summary>
    public const int MaxPageSize = 1000;

    private readonly int _shards = options.Value.Shards;

    public async Task<PersonWrite> EnrolAsync(Guid personId, string name, IReadOnlyList<float[]> descriptors, string? thumbnailKey = null) =>
        await Changed(personId, await ShardOf(personId).EnrolAsync(Id(personId), name, descriptors, thumbnailKey));

    public Task<PersonRecord?> GetAsync(Guid personId) => ShardOf(personId).GetAsync(Id(personId));

    public Task<IReadOnlyList<float[]>?> GetDescriptorsAsync(Guid personId) => ShardOf(personId).GetDescriptorsAsync(Id(personId));

    public async Task<PersonWrite> AddDescriptorsAsync(Guid personId, IReadOnlyList<float[]> descriptors) =>
        await Changed(personId, await ShardOf(personId).AddDescriptorsAsync(Id(personId), descriptors));

    public async Task<PersonWrite> RenameAsync(Guid personId, string name) =>
        await Changed(personId, await ShardOf(personId).RenameAsync(Id(personId), name));

    public async Task<MergeOutcome> MergeAsync(Guid into, Guid from)
    {
        if (into == from)
        {
            return new MergeOutcome(MergeStatus.SamePerson);
        }

        if (await GetAsync(into) is null)
        {
            return new MergeOutcome(MergeStatus.IntoNotFound);
        }

        if (await ShardOf(from).GetDescriptorsAsync(Id(from)) is not { } descriptors)
        {
            return new MergeOutcome(MergeStatus.FromNotFound);
        }

        var added = await AddDescriptorsAsync(into, descriptors);
        switch (added.Status)
        {
            case PersonWriteStatus.NotFound:
                return new MergeOutcome(MergeStatus.IntoNotFound);
            case PersonWriteStatus.TooManyPhotos:
                return new MergeOutcome(MergeStatus.TooManyPhotos, added.Person);
        }

        await DeleteAsync(from);
        return new MergeOutcome(MergeStatus.Done, added.Person);
    }

    public async Task<bool> DeleteAsync(Guid personId)
    {
        var deleted = await ShardOf(personId).DeleteAsync(Id(personId));
        await Appearances(personId).ForgetAsync();
        return deleted;
    }

    public async Task<PeoplePage> ListAsync(int limit, string? cursor = null, string? namePrefix = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        (string Name, string Id)? after = null;
        if (cursor is not null)
        {
            after = PeopleCursor.TryDecode(cursor, out var decoded) ? decoded : throw new ArgumentException("The cursor is not one a page returned.", nameof(cursor));
        }

        // One more than the page from each shard tells whether another page follows.
        var query = new PeopleQuery(limit + 1, after?.Name, after?.Id, namePrefix);
        var pages = await Task.WhenAll(Shards().Select(s => s.ListAsync(query)));
        var people = pages.SelectMany(p => p).Order(PeopleOrder.Instance).Take(limit + 1).ToList();
        if (people.Count <= limit)
        {
            return new PeoplePage(people, null);
        }

        people.RemoveAt(limit);
        return new PeoplePage(people, PeopleCursor.Encode(people[^1]));
    }

    public async Task<IReadOnlyList<GalleryCandidates>> SearchAsync(IReadOnlyList<float[]> descriptors, CancellationToken cancellationToken = default)
    {
        if (descriptors.Count == 0)
        {
            return [];
        }

        var answers = await Task.WhenAll(Shards().Select(s => s.SearchAsync(descriptors))).WaitAsync(cancellationToken);
        var merged = new GalleryCandidates[descriptors.Count];
        for (var i = 0; i < merged.Length; i++)
        {
            merged[i] = answers.Aggregate(GalleryCandidates.None, (all, shard) => all.Merge(CandidateMapping.FromWire(shard[i])));
        }

        return merged;
    }

    /// <summary>A written person's appearances are rescanned in the background (a merge rescans through its AddDescriptorsAsync).</summary>
    private async Task<PersonWrite> Changed(Guid personId, PersonWrite write)
    {
        if (write.Status == PersonWriteStatus.Done)
        {
            await Appearances(personId).RequestRefreshAsync();
        }

        return write;
    }

    private IPersonAppearancesGrain Appearances(Guid personId) => grains.GetGrain<IPersonAppearancesGrain>(personId);

    private IEnumerable<IGalleryShardGrain> Shards() => Enumerable.Range(0, _shards).Select(s => grains.GetGrain<IGalleryShardGrain>(s));

    private IGalleryShardGrain ShardOf(Guid personId) => grains.GetGrain<IGalleryShardGrain>(GalleryShards.Of(personId, _shards));

    private static string Id(Guid personId) => personId.ToString();
}
