using FaceClassifier.Engine.Vision.Detection;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>Option values the detector cannot use fail before any model is loaded.</summary>
[Trait("Kind", "unit")]
public sealed class FaceDetectorOptionsTests
{
    [Fact]
    public void Defaults_are_face_apis_and_valid()
    {
        var options = new FaceDetectorOptions();

        options.Validate();
        Assert.Equal((0.5f, 100, 0.5f), (options.MinScore, options.MaxResults, options.IouThreshold));
    }

    public static TheoryData<string, FaceDetectorOptions> Invalid => new()
    {
        { nameof(FaceDetectorOptions.MinScore), new FaceDetectorOptions { MinScore = 1 } },
        { nameof(FaceDetectorOptions.MinScore), new FaceDetectorOptions { MinScore = float.NaN } },
        { nameof(FaceDetectorOptions.MaxResults), new FaceDetectorOptions { MaxResults = 0 } },
        { nameof(FaceDetectorOptions.IouThreshold), new FaceDetectorOptions { IouThreshold = 0 } },
        { nameof(FaceDetectorOptions.MinFaceSize), new FaceDetectorOptions { MinFaceSize = -1 } },
        { nameof(FaceDetectorOptions.TightCropBorder), new FaceDetectorOptions { TightCropBorder = 0 } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Out_of_range_value_is_rejected_naming_the_property(string property, FaceDetectorOptions options)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(property, error.ParamName);
    }
}
