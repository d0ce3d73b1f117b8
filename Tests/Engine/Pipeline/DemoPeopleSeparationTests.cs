using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Tests.Testing;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>Different people in the demo photos (22 faces, all different people) against the 0.6 threshold.</summary>
[Trait("Kind", "unit")]
[Collection(FaceEngineCollection.Name)]
public sealed class DemoPeopleSeparationTests(FaceEngineFixture engine, ITestOutputHelper output)
{
    [Fact]
    public void Different_demo_people_are_mostly_beyond_the_threshold_and_more_so_with_similarity_alignment()
    {
        var similarity = Descriptors(engine.Analyzer);
        var box = Descriptors(engine.BoxAnalyzer);
        Assert.Equal(22, similarity.Count);
        Assert.Equal(22, box.Count);

        var (similarityClose, similarityMin) = ClosePairs(similarity);
        var (boxClose, boxMin) = ClosePairs(box);
        output.WriteLine($"pairs of different people under 0.6: similarity {similarityClose}/231 (closest {similarityMin:F3}), box crop {boxClose}/231 (closest {boxMin:F3})");

        Assert.True(similarityClose <= boxClose, "similarity alignment should not confuse more people than the box crop");
        Assert.True(similarityClose <= 231 / 10, $"{similarityClose} of 231 pairs of different people fall under 0.6");
    }

    private static List<float[]> Descriptors(IFaceAnalyzer analyzer) =>
        [.. TestAssets.DemoImageNames.SelectMany(p => analyzer.Analyze(TestImages.LoadRgb(TestAssets.DemoImage(p)))).Select(f => f.Descriptor!)];

    private static (int Close, float Min) ClosePairs(List<float[]> d)
    {
        var distances = from i in Enumerable.Range(0, d.Count)
                        from j in Enumerable.Range(i + 1, d.Count - i - 1)
                        select DescriptorMath.Distance(d[i], d[j]);
        var all = distances.ToList();
        return (all.Count(x => x < 0.6f), all.Min());
    }
}
