using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Tests.Testing;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>
/// Identity under change: the same face rotated, scaled, re-lit or re-compressed keeps its descriptor within the
/// match threshold, and similarity alignment keeps it closer than the reference's axis-aligned box crop.
/// </summary>
[Trait("Kind", "unit")]
[Collection(FaceEngineCollection.Name)]
public sealed class AlignmentComparisonTests(FaceEngineFixture engine, ITestOutputHelper output)
{
    private const float Threshold = 0.6f;

    [Fact]
    public void Similarity_alignment_keeps_descriptors_stable_under_change_and_beats_the_box_crop()
    {
        var drift = new Dictionary<string, List<(float Similarity, float Box, float Frontal)>>();
        var lost = new List<string>();
        foreach (var photo in FaceVariant.Photos)
        {
            var image = TestImages.LoadRgb(TestAssets.DemoImage(photo));
            var baseline = engine.Analyzer.Analyze(image);
            var boxBaseline = engine.BoxAnalyzer.Analyze(image);
            foreach (var variant in FaceVariant.Of(photo, image))
            {
                var faces = engine.Analyzer.Analyze(variant.Image);
                var boxFaces = engine.BoxAnalyzer.Analyze(variant.Image);
                for (var i = 0; i < baseline.Count; i++)
                {
                    var at = variant.MapPoint(baseline[i].Detection.Box.Center);
                    var moved = Nearest(faces, at);
                    var boxMoved = Nearest(boxFaces, at);
                    if (moved is null || boxMoved is null)
                    {
                        lost.Add($"{photo} face {i} after '{variant.Change}'");
                        continue;
                    }

                    var list = drift.TryGetValue(variant.Change, out var l) ? l : drift[variant.Change] = [];
                    list.Add((Distance(baseline[i], moved), Distance(boxBaseline[i], boxMoved), HeadPose.Frontalness(baseline[i].Landmarks)));
                }
            }
        }

        foreach (var (change, values) in drift)
        {
            output.WriteLine($"{change,-26} similarity mean {values.Average(v => v.Similarity):F3} max {values.Max(v => v.Similarity):F3} | box mean {values.Average(v => v.Box):F3} max {values.Max(v => v.Box):F3} (n={values.Count})");
        }

        output.WriteLine($"not detected after the change: {lost.Count}: {string.Join("; ", lost)}");
        var all = drift.Values.SelectMany(v => v).ToList();
        Assert.True(lost.Count * 10 < all.Count, "the detector lost more than a tenth of the changed faces");
        var within = all.Count(v => v.Similarity < Threshold) / (double)all.Count;
        output.WriteLine($"within the threshold: {within:P1} of {all.Count}");
        Assert.True(within >= 0.95, $"only {within:P1} of changed faces stay within {Threshold}");
        var mild = drift.Where(d => !d.Key.StartsWith("rotate 20", StringComparison.Ordinal) && !d.Key.StartsWith("rotate -25", StringComparison.Ordinal));
        Assert.All(mild.SelectMany(d => d.Value).Where(v => v.Frontal >= 0.3f), v => Assert.True(v.Similarity < Threshold, $"a face drifted {v.Similarity:F3}"));
        Assert.True(all.Average(v => v.Similarity) < 0.8 * all.Average(v => v.Box), "similarity alignment is not clearly better than the box crop");
        var rotated = drift.Where(d => d.Key.StartsWith("rotate 20", StringComparison.Ordinal) || d.Key.StartsWith("rotate -25", StringComparison.Ordinal)).SelectMany(d => d.Value).ToList();
        Assert.True(rotated.Average(v => v.Similarity) < 0.5 * rotated.Average(v => v.Box), "under rotation the similarity chip must drift less than half as much");
    }

    private static AnalyzedFace? Nearest(IReadOnlyList<AnalyzedFace> faces, Point2 at) =>
        faces.Where(f => Inside(f.Detection.Box, at)).MinBy(f => Squared(f.Detection.Box.Center, at));

    private static bool Inside(FaceBox box, Point2 p) => p.X >= box.X && p.X <= box.Right && p.Y >= box.Y && p.Y <= box.Bottom;

    private static float Squared(Point2 a, Point2 b) => (a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y);

    private static float Distance(AnalyzedFace a, AnalyzedFace b) => DescriptorMath.Distance(a.Descriptor!, b.Descriptor!);
}
