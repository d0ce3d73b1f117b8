using FaceClassifier.Blobs.Local;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Matching.Index;
using FaceClassifier.Gallery;
using FaceClassifier.Jobs;
using FaceClassifier.Learning;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace FaceClassifier.Tests.Grains.Learning;

/// <summary>The scan's rule (the job's matcher, hand names, rejections) and its prefilter, over archives in a local blob store.</summary>
[Trait("Kind", "unit")]
public sealed class AppearanceScanTests : IDisposable
{
    private static readonly Guid Pat = Guid.NewGuid();
    private static readonly Guid Quinn = Guid.NewGuid();

    private readonly string _root = TestAssets.TempDirectory();
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(FaceArchive).Assembly)).BuildServiceProvider();
    private readonly Random _random = new(5);
    private readonly FaceArchiveStore _archives;
    private readonly SearchCountingGallery _gallery = new();

    public AppearanceScanTests() =>
        _archives = new FaceArchiveStore(new LocalBlobStore(new DataDirectory(_root)), _services.GetRequiredService<Serializer<FaceArchive>>());

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Only_faces_near_the_persons_photos_are_searched_and_the_matcher_decides_them()
    {
        var pat = Unit();
        var quinn = Unit();
        _gallery.Index.Set(Pat.ToString(), "Pat", [pat]);
        _gallery.Index.Set(Quinn.ToString(), "Quinn", [quinn]);
        var job = Guid.NewGuid();
        await _archives.WriteAsync(new FaceArchive(job,
        [
            Face("f1", Frames(pat, 3)),
            Face("f2", Frames(Unit(), 3)),
            Face("f3", Frames(quinn, 3)),
        ]));

        var found = await Scan().ScanAsync(Pat, [pat], [job, Guid.NewGuid()]);

        Assert.Equal([(job, "f1")], found.Select(a => (a.JobId, a.FaceId)));
        Assert.Equal(3, _gallery.Searched);
    }

    [Fact]
    public async Task A_face_named_by_hand_counts_and_a_rejected_one_never_does()
    {
        var pat = Unit();
        _gallery.Index.Set(Pat.ToString(), "Pat", [pat]);
        var job = Guid.NewGuid();
        await _archives.WriteAsync(new FaceArchive(job,
        [
            Face("f1", Frames(pat, 3)) with { RejectedPersonIds = [Pat.ToString()] },
            Face("f2", Frames(Unit(), 3)) with { NamedPersonId = Pat.ToString() },
            Face("f3", Frames(pat, 3)) with { NamedPersonId = Quinn.ToString() },
        ]));

        var found = await Scan().ScanAsync(Pat, [pat], [job]);

        Assert.Equal(["f2"], found.Select(a => a.FaceId));
        Assert.Equal(0, _gallery.Searched);
    }

    private AppearanceScan Scan()
    {
        var options = Options.Create(new FaceMatcherOptions());
        return new AppearanceScan(_archives, _gallery, new OpenSetFaceMatcher(options), options);
    }

    private static ArchivedFace Face(string id, float[][] frames) => new(id, 1, 2, 1.5, [new SegmentResult(1, 2)], frames);

    private float[][] Frames(float[] centre, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Normalise([.. centre.Select(v => v + (((float)_random.NextDouble() - 0.5f) * 0.03f))]))];

    private float[] Unit() => Normalise([.. Enumerable.Range(0, 128).Select(_ => (float)_random.NextDouble() - 0.5f)]);

    private static float[] Normalise(float[] v)
    {
        var length = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / length)];
    }

    /// <summary>A gallery that only searches (an in-memory index) and counts the frames it was asked about.</summary>
    private sealed class SearchCountingGallery : IGallery
    {
        public DescriptorIndex Index { get; } = new();

        public int Searched { get; private set; }

        public Task<IReadOnlyList<GalleryCandidates>> SearchAsync(IReadOnlyList<float[]> descriptors, CancellationToken cancellationToken = default)
        {
            Searched += descriptors.Count;
            return Task.FromResult(Index.Match(descriptors));
        }

        public Task<PersonWrite> EnrolAsync(Guid personId, string name, IReadOnlyList<float[]> descriptors, string? thumbnailKey = null) => throw new NotSupportedException();

        public Task<PersonRecord?> GetAsync(Guid personId) => throw new NotSupportedException();

        public Task<IReadOnlyList<float[]>?> GetDescriptorsAsync(Guid personId) => throw new NotSupportedException();

        public Task<PersonWrite> AddDescriptorsAsync(Guid personId, IReadOnlyList<float[]> descriptors) => throw new NotSupportedException();

        public Task<PersonWrite> RenameAsync(Guid personId, string name) => throw new NotSupportedException();

        public Task<MergeOutcome> MergeAsync(Guid into, Guid from) => throw new NotSupportedException();

        public Task<bool> DeleteAsync(Guid personId) => throw new NotSupportedException();

        public Task<PeoplePage> ListAsync(int limit, string? cursor = null, string? namePrefix = null) => throw new NotSupportedException();
    }
}
