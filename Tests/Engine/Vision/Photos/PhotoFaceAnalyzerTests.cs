using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Photos;
using FaceClassifier.Engine.Vision.Quality;

namespace FaceClassifier.Tests.Engine.Vision.Photos;

/// <summary>Which nets a photo runs on: its own while nothing else analyses, the shared ones otherwise.</summary>
[Trait("Kind", "unit")]
public sealed class PhotoFaceAnalyzerTests
{
    private static readonly RgbImage Image = new(2, 2, new byte[12]);

    [Fact]
    public async Task The_first_photo_starts_building_the_photo_nets_and_runs_on_the_shared_ones_meanwhile()
    {
        var (shared, photo) = (new NamedAnalyzer(1), new NamedAnalyzer(2));
        using var build = new ManualResetEventSlim();
        var builds = 0;
        using var analyzer = new PhotoFaceAnalyzer(
            shared,
            () =>
            {
                Interlocked.Increment(ref builds);
                Assert.True(build.Wait(TimeSpan.FromSeconds(10)), "never let build");
                return photo;
            },
            new Background(0));

        Assert.Equal(1, Score(analyzer.Analyze(Image)));
        Assert.Equal(1, Score(analyzer.Analyze(Image)));
        build.Set();
        await analyzer.PrepareAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, Score(analyzer.Analyze(Image)));
        Assert.Equal((2, 1, 1), (shared.Calls, photo.Calls, builds));
    }

    [Fact]
    public async Task While_a_video_chunk_is_analysed_a_photo_runs_on_the_shared_nets()
    {
        var (shared, photo) = (new NamedAnalyzer(1), new NamedAnalyzer(2));
        var background = new Background(1);
        using var analyzer = await Ready(new PhotoFaceAnalyzer(shared, () => photo, background));

        Assert.Equal(1, Score(analyzer.Analyze(Image)));
        background.Running = 0;
        Assert.Equal(2, Score(analyzer.Analyze(Image)));
        Assert.Equal((1, 1), (shared.Calls, photo.Calls));
    }

    [Fact]
    public async Task A_photo_during_video_analysis_does_not_start_the_build()
    {
        var builds = 0;
        using var build = new ManualResetEventSlim();
        var background = new Background(2);
        using var analyzer = new PhotoFaceAnalyzer(
            new NamedAnalyzer(1),
            () =>
            {
                Interlocked.Increment(ref builds);
                Assert.True(build.Wait(TimeSpan.FromSeconds(10)), "never let build");
                return new NamedAnalyzer(2);
            },
            background);

        Assert.Equal(1, Score(analyzer.Analyze(Image)));
        Assert.Equal(0, Volatile.Read(ref builds));

        background.Running = 0;
        Assert.Equal(1, Score(analyzer.Analyze(Image)));
        build.Set();
        await analyzer.PrepareAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Score(analyzer.Analyze(Image)));
        Assert.Equal(1, builds);
    }

    [Fact]
    public async Task A_second_photo_at_the_same_time_runs_on_the_shared_nets()
    {
        var shared = new NamedAnalyzer(1);
        var photo = new BlockingAnalyzer(2);
        using var analyzer = await Ready(new PhotoFaceAnalyzer(shared, () => photo, new Background(0)));

        var first = Task.Run(() => analyzer.Analyze(Image));
        Assert.True(photo.Entered.Wait(TimeSpan.FromSeconds(10)), "the first photo never reached the photo nets");
        var second = analyzer.Analyze(Image);
        photo.Release.Set();

        Assert.Equal(1, Score(second));
        Assert.Equal(2, Score(await first));
        Assert.Equal(2, Score(analyzer.Analyze(Image)));
    }

    [Fact]
    public async Task Without_photo_nets_every_photo_runs_on_the_shared_nets()
    {
        var shared = new NamedAnalyzer(1);
        using var analyzer = await Ready(new PhotoFaceAnalyzer(shared, null, new Background(0)));

        Assert.Equal(1, Score(analyzer.Analyze(Image)));
        Assert.False(analyzer.HasPhotoNets);
    }

    [Fact]
    public async Task A_failed_build_leaves_photos_on_the_shared_nets()
    {
        var shared = new NamedAnalyzer(1);
        using var analyzer = new PhotoFaceAnalyzer(shared, () => throw new OutOfMemoryException("no room"), new Background(0));

        await Assert.ThrowsAsync<OutOfMemoryException>(analyzer.PrepareAsync);

        Assert.Equal(1, Score(analyzer.Analyze(Image)));
    }

    [Fact]
    public async Task Disposing_disposes_the_photo_nets()
    {
        var photo = new BlockingAnalyzer(2);
        var analyzer = await Ready(new PhotoFaceAnalyzer(new NamedAnalyzer(1), () => photo, new Background(0)));

        analyzer.Dispose();

        Assert.True(photo.Disposed);
    }

    private static async Task<PhotoFaceAnalyzer> Ready(PhotoFaceAnalyzer analyzer)
    {
        await analyzer.PrepareAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return analyzer;
    }

    [Theory]
    [InlineData(1, 2, true)]
    [InlineData(1, 1, false)]
    [InlineData(2, 2, false)]
    [InlineData(2, 4, true)]
    [InlineData(0, 4, false)]
    public void Photo_nets_are_made_only_when_they_have_more_threads_than_the_shared_nets(int shared, int photo, bool made)
    {
        Assert.Equal(made, PhotoNets.Worthwhile(new ModelOptions { IntraOpThreads = shared, PhotoIntraOpThreads = photo }));
    }

    [Fact]
    public void Zero_photo_threads_means_one_per_core()
    {
        Assert.Equal(Environment.ProcessorCount, PhotoNets.Threads(new ModelOptions { PhotoIntraOpThreads = 0 }));
        Assert.Equal(3, PhotoNets.Threads(new ModelOptions { PhotoIntraOpThreads = 3 }));
    }

    /// <summary>The analyzer's answer is one face whose score says which analyzer gave it.</summary>
    private static float Score(IReadOnlyList<AnalyzedFace> faces) => Assert.Single(faces).Detection.Score;

    private static IReadOnlyList<AnalyzedFace> Face(float score) =>
    [
        new AnalyzedFace(
            new DetectedFace(new FaceBox(0, 0, 1, 1), score),
            new FaceLandmarks(new Point2[FaceLandmarks.Count]),
            null,
            new FaceQuality(0, 0, new HeadPose(0, 0, 0), score)),
    ];

    private sealed class Background(int running) : IBackgroundAnalyses
    {
        public int Running { get; set; } = running;
    }

    private sealed class NamedAnalyzer(float score) : IFaceAnalyzer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<AnalyzedFace> Analyze(RgbImage image, bool withDescriptors = true)
        {
            Calls++;
            return Face(score);
        }
    }

    /// <summary>Holds its first call until released, so a second photo arrives while the first is on the photo nets.</summary>
    private sealed class BlockingAnalyzer(float score) : IFaceAnalyzer, IDisposable
    {
        private int _calls;

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public IReadOnlyList<AnalyzedFace> Analyze(RgbImage image, bool withDescriptors = true)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                Entered.Set();
                Assert.True(Release.Wait(TimeSpan.FromSeconds(10)), "never released");
            }

            return Face(score);
        }

        public bool Disposed { get; private set; }

        public void Dispose()
        {
            Disposed = true;
            Entered.Dispose();
            Release.Dispose();
        }
    }
}
