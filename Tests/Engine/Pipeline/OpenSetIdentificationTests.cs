using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Matching.Index;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Tests.Engine.Vision.Detection;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>
/// Open-set identification on real faces: the 9 people of demo photos 1-3 are enrolled, each from four changed copies
/// of their photo (turned 8° either way, shrunk to 70%, JPEG at quality 35; never the photo itself); the 13 people of
/// photos 4-6 are strangers. Videos are the photos zoomed (<see cref="TestVideos.Zoom"/>), analysed by the real engine.
/// </summary>
[Trait("Kind", "unit")]
[Collection(FaceEngineCollection.Name)]
public sealed class OpenSetIdentificationTests(FaceEngineFixture engine, ITestOutputHelper output)
{
    private static readonly Lock GalleryLock = new();
    private static IGallerySearch? s_gallery;

    [Theory]
    [InlineData("sample4.jpg")]
    [InlineData("sample5.jpg")]
    [InlineData("sample6.jpg")]
    public async Task Videos_of_people_not_in_the_gallery_get_no_names(string photo)
    {
        var summary = await SummaryAsync(TestVideos.Zoom(photo));

        Assert.Empty(summary.People);
        Assert.True(summary.Unknown.Count >= 3, $"{summary.Unknown.Count} unknown faces");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Videos_of_enrolled_people_name_them_and_nobody_else(int sample)
    {
        var summary = await SummaryAsync(TestVideos.Zoom($"sample{sample}.jpg"));

        var names = summary.People.Select(p => p.Name).ToList();
        Assert.All(names, n => Assert.StartsWith($"sample{sample} face ", n, StringComparison.Ordinal));
        Assert.True(names.Count >= 2, $"named {string.Join(", ", names)}");
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(summary.People, p => Assert.True(p.SupportingFrames >= 2 && p.Margin > 0, $"{p.Name}: {p.SupportingFrames} frames, margin {p.Margin}"));
    }

    [Fact]
    public async Task Blurred_faces_of_enrolled_people_never_name_them()
    {
        var chunk = await AnalyzeAsync(TestVideos.Zoom("sample1.jpg", "blurred", "gblur=sigma=6"));
        var summary = await SummaryAsync(chunk);

        Assert.True(chunk.FacesDetected > 0, "the blurred faces are still found");
        Assert.Empty(summary.People);
    }

    [Fact]
    public async Task Small_faces_of_enrolled_people_never_name_them()
    {
        // 960x640 shrunk to 320x214: at most about 16 px between the eyes, under the 20 px evidence floor.
        var chunk = await AnalyzeAsync(TestVideos.Zoom("sample1.jpg", "small", "scale=320:-2"));
        var summary = await SummaryAsync(chunk);

        Assert.True(chunk.FacesDetected > 0, "the small faces are still found");
        Assert.Empty(summary.People);
    }

    private async Task<VideoFaceSummary> SummaryAsync(string video) => await SummaryAsync(await AnalyzeAsync(video));

    private async Task<VideoFaceSummary> SummaryAsync(ChunkAnalysis chunk)
    {
        var options = Options.Create(new FaceMatcherOptions());
        var builder = new FaceSummaryBuilder(new OpenSetFaceMatcher(options), options, Options.Create(new FaceSummaryOptions()));
        var summary = await builder.BuildAsync([chunk], Gallery(), TimeSpan.FromSeconds(1 / new FrameSampling().FramesPerSecond));
        foreach (var person in summary.People)
        {
            output.WriteLine($"{person.Name}: distance {person.Distance:F3}, margin {person.Margin:F3}, {person.SupportingFrames} frames");
        }

        output.WriteLine($"{summary.Unknown.Count} unknown faces; {chunk.FacesDetected} faces in {chunk.FramesAnalysed} frames");
        return summary;
    }

    private Task<ChunkAnalysis> AnalyzeAsync(string video) => new VideoChunkAnalyzer(
            new FfmpegFrameSource(new FfprobeVideoProbe(NullLogger<FfprobeVideoProbe>.Instance), NullLogger<FfmpegFrameSource>.Instance),
            engine.Detector, engine.Landmarks, engine.Similarity, engine.ProductionEmbedder,
            Options.Create(new TrackingOptions()), Options.Create(new FaceQualityOptions()), NullLogger<VideoChunkAnalyzer>.Instance)
        .AnalyzeAsync(video, new FrameSampling());

    /// <summary>Built once for the class: the engine is the collection's, and enrolment is deterministic.</summary>
    private IGallerySearch Gallery()
    {
        lock (GalleryLock)
        {
            return s_gallery ??= Enrol();
        }
    }

    /// <summary>
    /// Each person from the copies of their whole photo: the face whose centre lies where the copy's change moved the
    /// reference box's centre (rotation and scale about the photo's centre, as OpenCV's rotation matrix).
    /// </summary>
    private IndexGallerySearch Enrol()
    {
        var index = new DescriptorIndex();
        for (var sample = 1; sample <= 3; sample++)
        {
            var name = $"sample{sample}.jpg";
            var photo = TestImages.Demo(name);
            var centre = new Point2(photo.Width / 2f, photo.Height / 2f);
            (double Degrees, double Scale, RgbImage Image)[] copies =
            [
                (8, 1, ImageTransforms.RotateScale(photo, centre, 8, 1)),
                (-8, 1, ImageTransforms.RotateScale(photo, centre, -8, 1)),
                (0, 0.7, ImageTransforms.RotateScale(photo, centre, 0, 0.7)),
                (0, 1, ImageTransforms.Jpeg(photo, 35)),
            ];
            var analysed = copies.Select(c => (c.Degrees, c.Scale, Faces: engine.ProductionAnalyzer.Analyze(c.Image))).ToList();
            var reference = FaceReference.Get("demo-samples.json", name).Faces;
            for (var face = 0; face < reference.Count; face++)
            {
                var box = reference[face].Box;
                float[][] descriptors =
                [
                    .. analysed.Select(a => FaceAt(a.Faces, Moved(new Point2(box.X + box.Width / 2, box.Y + box.Height / 2), centre, a.Degrees, a.Scale), box.Width / 2))
                        .OfType<AnalyzedFace>()
                        .Select(f => f.Descriptor!),
                ];
                Assert.True(descriptors.Length >= 2, $"{name} face {face}: {descriptors.Length} of 4 copies show it");
                index.Set($"s{sample}f{face}", $"sample{sample} face {face}", descriptors);
            }
        }

        return new IndexGallerySearch(index);
    }

    private static AnalyzedFace? FaceAt(IReadOnlyList<AnalyzedFace> faces, Point2 at, float within) =>
        faces.Where(f => Distance(Centre(f.Detection.Box), at) < within).MinBy(f => Distance(Centre(f.Detection.Box), at));

    /// <summary>Where OpenCV's rotation-and-scale about <paramref name="centre"/> (counter-clockwise degrees) moves <paramref name="p"/>.</summary>
    private static Point2 Moved(Point2 p, Point2 centre, double degrees, double scale)
    {
        var (a, b) = (scale * Math.Cos(degrees * Math.PI / 180), scale * Math.Sin(degrees * Math.PI / 180));
        double dx = p.X - centre.X, dy = p.Y - centre.Y;
        return new Point2((float)(centre.X + (a * dx) + (b * dy)), (float)(centre.Y - (b * dx) + (a * dy)));
    }

    private static Point2 Centre(FaceBox box) => new(box.X + box.Width / 2, box.Y + box.Height / 2);

    private static float Distance(Point2 a, Point2 b) => MathF.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
