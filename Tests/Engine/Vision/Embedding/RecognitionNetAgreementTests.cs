using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Vision.Embedding;

/// <summary>Our ONNX descriptors against face-api's own (tfjs WASM) on the same pixels.</summary>
[Trait("Kind", "unit")]
public sealed class RecognitionNetAgreementTests(RecognitionNetFixture fixture, ITestOutputHelper output)
    : IClassFixture<RecognitionNetFixture>
{
    // faceref's own WASM and CPU backends differ by ~1e-6; anything near 1e-3 would be a real bug.
    private const double Tolerance = 1e-3;

    [Theory]
    [MemberData(nameof(RecognitionNetReference.FaceChipData), MemberType = typeof(RecognitionNetReference))]
    public void Face_api_150_chip_gives_the_reference_descriptor(string file)
    {
        var descriptor = fixture.Embedder.Embed(RecognitionNetReference.Load(file));

        var distance = RecognitionNetReference.Distance(descriptor, RecognitionNetReference.Descriptors[file]);
        output.WriteLine($"{file}: Euclidean distance to faceref {distance:E2}");
        Assert.Equal(128, descriptor.Length);
        Assert.InRange(distance, 0, Tolerance);
    }

    [Theory]
    [MemberData(nameof(RecognitionNetReference.NonSquareCropData), MemberType = typeof(RecognitionNetReference))]
    public void Non_square_crop_is_padded_and_resized_like_face_api(string file)
    {
        var crop = RecognitionNetReference.Load(file);
        Assert.NotEqual(crop.Width, crop.Height);

        var descriptor = fixture.Embedder.Embed(crop);

        var distance = RecognitionNetReference.Distance(descriptor, RecognitionNetReference.Descriptors[file]);
        output.WriteLine($"{file} ({crop.Width}x{crop.Height}): Euclidean distance to faceref {distance:E2}");
        Assert.InRange(distance, 0, Tolerance);
    }
}
