using System.Diagnostics;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Engine.Vision.Landmarks;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Vision.Alignment;

[Trait("Kind", "unit")]
public sealed class AlignerCostTests(ITestOutputHelper output)
{
    [Fact]
    public void Reports_the_cost_of_both_aligners()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample1.jpg"));
        var landmarks = LandmarkReference.FacesOf("sample1.jpg").First().Landmarks;
        IFaceAligner[] aligners = [new SimilarityFaceAligner(), new DlibBoxAligner()];
        foreach (var aligner in aligners)
        {
            aligner.Align(image, landmarks);
            const int runs = 50;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                Assert.Equal(150, aligner.Align(image, landmarks).Width);
            }

            output.WriteLine($"{aligner.GetType().Name}: {watch.Elapsed.TotalMilliseconds / runs:F3} ms per chip");
        }
    }
}
