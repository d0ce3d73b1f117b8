using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Photos;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>The photo path's multi-threaded copy of the nets against the shared one-thread nets, on the demo photos.</summary>
[Trait("Kind", "unit")]
[Collection(FaceEngineCollection.Name)]
public sealed class PhotoNetsAgreementTests(FaceEngineFixture engine)
{
    [Fact]
    public void Two_threads_give_the_shared_nets_boxes_landmarks_descriptors_and_quality_bit_for_bit()
    {
        var models = TestAssets.TestModelOptions();
        models.PhotoIntraOpThreads = 2;
        using var photo = new PhotoNets(models, new FaceDetectorOptions(), new EmbeddingOptions(), engine.Similarity);

        foreach (var name in TestAssets.DemoImageNames)
        {
            var image = TestImages.Demo(name);
            var expected = engine.ProductionAnalyzer.Analyze(image);
            var actual = photo.Analyze(image);

            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Detection, actual[i].Detection);
                Assert.Equal(expected[i].Landmarks.Points, actual[i].Landmarks.Points);
                Assert.Equal(expected[i].Descriptor, actual[i].Descriptor);
                Assert.Equal(expected[i].Quality, actual[i].Quality);
            }
        }
    }
}
