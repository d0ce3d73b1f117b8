using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Models;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>Option values the detector cannot use fail before any model is loaded.</summary>
[Trait("Kind", "unit")]
public sealed class FaceDetectorOptionsTests
{
    [Fact]
    public void Defaults_are_face_apis_and_valid()
    {
        var options = new FaceDetectorOptions();

        FaceDetectorOptionsValidator.ThrowIfInvalid(options);
        Assert.Equal((0.5f, 100, 0.5f), (options.MinScore, options.MaxResults, options.IouThreshold));
    }

    public static TheoryData<string, string, FaceDetectorOptions> Invalid => new()
    {
        { nameof(FaceDetectorOptions.MinScore), "must be in [0,1).", new FaceDetectorOptions { MinScore = 1 } },
        { nameof(FaceDetectorOptions.MinScore), "must be in [0,1).", new FaceDetectorOptions { MinScore = float.NaN } },
        { nameof(FaceDetectorOptions.MaxResults), "must be positive.", new FaceDetectorOptions { MaxResults = 0 } },
        { nameof(FaceDetectorOptions.IouThreshold), "must be in (0,1].", new FaceDetectorOptions { IouThreshold = 0 } },
        { nameof(FaceDetectorOptions.MinFaceSize), "must be ≥ 0.", new FaceDetectorOptions { MinFaceSize = -1 } },
        { nameof(FaceDetectorOptions.TightCropBorder), "must be in (0,4].", new FaceDetectorOptions { TightCropBorder = 0 } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Out_of_range_value_is_rejected_naming_the_property(string property, string problem, FaceDetectorOptions options)
    {
        var error = Assert.Throws<OptionsValidationException>(() => FaceDetectorOptionsValidator.ThrowIfInvalid(options));

        Assert.Equal($"Vision:Detection:{property} (environment variable Vision__Detection__{property}) {problem}", error.Message);
    }

    [Fact]
    public void Detector_refuses_invalid_options_before_loading_a_model()
    {
        var models = Options.Create(new ModelOptions { WeightsDirectory = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")) });

        var error = Assert.Throws<OptionsValidationException>(() => new SsdMobilenetV1Detector(models, Options.Create(new FaceDetectorOptions { MaxResults = 0 })));

        Assert.Equal(typeof(FaceDetectorOptions), error.OptionsType);
    }
}
