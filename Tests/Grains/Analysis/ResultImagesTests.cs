using System.Runtime.CompilerServices;
using FaceClassifier.Analysis;
using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Jobs;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Engine.Pipeline;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Grains.Analysis;

/// <summary>The classified frame and the faces' thumbnails, over a frame source whose frames are grey levels that tell their time.</summary>
[Trait("Kind", "unit")]
[Collection(FaceEngineCollection.Name)]
public sealed class ResultImagesTests(FaceEngineFixture engine) : IAsyncLifetime
{
    private static readonly FaceBox Box = new(100, 80, 120, 140);
    private readonly DataDirectory _data = new(TestAssets.TempDirectory());
    private readonly GreyFrames _frames = new();
    private readonly JobWork _work = new(Guid.NewGuid(), JobWorkKind.Analyse, "videos/v/video", new VideoFacts("mp4", "h264", TimeSpan.FromSeconds(10), 640, 360, 25, 1), 1);


    private LocalBlobStore Blobs => new(_data);

    public async Task InitializeAsync() => await Blobs.WriteAsync(_work.VideoKey, new MemoryStream([0]), 1);

    public Task DisposeAsync()
    {
        Directory.Delete(_data.Root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Each_face_gets_a_thumbnail_of_its_best_frame_and_each_time_is_decoded_once()
    {
        var summary = new VideoFaceSummary(
            [Person("a", 2), Person("b", 4)],
            [Unknown("unknown person 1", 2), Unknown("unknown person 2", 6)]);

        var keys = await Images().StoreAsync(_work, summary, BestFrame.Pick(summary, TimeSpan.FromSeconds(10)), CancellationToken.None);

        Assert.Equal([2, 4, 6], _frames.Decoded.Order());
        Assert.Equal(BlobKeys.ClassifiedFrame(_work.JobId), keys.ClassifiedFrame);
        Assert.Equal([BlobKeys.FaceThumbnail(_work.JobId, 0), BlobKeys.FaceThumbnail(_work.JobId, 1)], keys.People);
        Assert.Equal([BlobKeys.FaceThumbnail(_work.JobId, 2), BlobKeys.FaceThumbnail(_work.JobId, 3)], keys.Unknown);
        Assert.All(keys.People.Concat(keys.Unknown).Select(k => k!), k => Assert.StartsWith(BlobKeys.FrameFolder(_work.JobId), k));

        int[] times = [2, 4, 2, 6];
        var thumbnails = keys.People.Concat(keys.Unknown).ToList();
        for (var n = 0; n < thumbnails.Count; n++)
        {
            var image = await ReadImageAsync(thumbnails[n]!);
            Assert.InRange(Math.Max(image.Width, image.Height), 1, OpenCvFaceThumbnailer.MaxSide);
            Assert.InRange(TestImages.Pixel(image, image.Width / 2, image.Height / 2).R, GreyFrames.Level(times[n]) - 4, GreyFrames.Level(times[n]) + 4);
        }
    }

    [Fact]
    public async Task A_face_whose_frame_cannot_be_decoded_has_no_thumbnail_and_the_result_carries_the_keys()
    {
        var summary = new VideoFaceSummary([Person("a", 2)], [Unknown("unknown person 1", GreyFrames.LastSecond + 1)]);

        var keys = await Images().StoreAsync(_work, summary, BestFrame.Pick(summary, TimeSpan.FromSeconds(10)), CancellationToken.None);
        var result = keys.Attach(new JobResult(
            [new PersonResult("a", "a", 0.9, 0, 1, 2, 2)], [new UnknownFaceResult("unknown person 1", 3, 0, 1)], 5, 10, 10));

        Assert.Equal(BlobKeys.FaceThumbnail(_work.JobId, 0), Assert.Single(result.People).ThumbnailKey);
        Assert.Null(Assert.Single(result.UnknownFaces).ThumbnailKey);
        Assert.NotNull(await Blobs.OpenReadAsync(keys.ClassifiedFrame!));
    }

    private ResultImages Images() => new(
        _frames, engine.ProductionAnalyzer, Options.Create(new FaceMatcherOptions()), new OpenCvClassifiedFrameRenderer(), new OpenCvFaceThumbnailer(), Blobs, Options.Create(new AnalysisOptions()));

    private async Task<RgbImage> ReadImageAsync(string key)
    {
        await using var stream = (await Blobs.OpenReadAsync(key))!;
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        Assert.Equal([0xFF, 0xD8], bytes.ToArray()[..2]);
        return new OpenCvImageCodec().Decode(bytes.ToArray());
    }

    private static PersonAppearance Person(string name, int bestSecond) => new(
        name, name, 0.9f, 0.4f, null, 3, TimeSpan.Zero, TimeSpan.FromSeconds(8), 5, TimeSpan.FromSeconds(bestSecond), Box);

    private static UnknownFace Unknown(string label, int bestSecond) => new(
        label, 3, TimeSpan.Zero, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(bestSecond), Box);

    /// <summary>One 640x360 frame per whole second up to <see cref="LastSecond"/>, grey at <see cref="Level"/> of its second; records the starts asked for.</summary>
    private sealed class GreyFrames : IFrameSource
    {
        public const int LastSecond = 8;

        public List<int> Decoded { get; } = [];

        public static int Level(int second) => 20 + (second * 25);

        public async IAsyncEnumerable<VideoFrame> ReadFramesAsync(
            string path, FrameSampling sampling, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            var second = (int)sampling.Start.TotalSeconds;
            Decoded.Add(second);
            if (second <= LastSecond)
            {
                var level = (byte)Level(second);
                yield return new VideoFrame(second, sampling.Start, TestImages.Solid(640, 360, level, level, level));
            }
        }
    }
}
