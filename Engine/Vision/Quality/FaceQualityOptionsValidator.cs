using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>Checks the "Vision:Quality" section at start-up.</summary>
internal sealed class FaceQualityOptionsValidator : IValidateOptions<FaceQualityOptions>
{
    public ValidateOptionsResult Validate(string? name, FaceQualityOptions options)
    {
        var checks = new SettingChecks(FaceQualityOptions.SectionName);
        Check(checks, nameof(options.Evidence), options.Evidence);
        Check(checks, nameof(options.Enrolment), options.Enrolment);
        return checks.Result;
    }

    private static void Check(SettingChecks checks, string section, FaceQualityFloors floors) => checks
        .Require(floors.MinInterOcularPixels >= 0, $"{section}:{nameof(floors.MinInterOcularPixels)}", "must not be negative")
        .Require(floors.MinSharpness >= 0, $"{section}:{nameof(floors.MinSharpness)}", "must not be negative")
        .Require(floors.MaxYawDegrees is > 0 and <= 90, $"{section}:{nameof(floors.MaxYawDegrees)}", "must be in (0,90]")
        .Require(floors.MaxPitchDegrees is > 0 and <= 90, $"{section}:{nameof(floors.MaxPitchDegrees)}", "must be in (0,90]")
        .Require(floors.MinDetectorScore is >= 0 and <= 1, $"{section}:{nameof(floors.MinDetectorScore)}", "must be in [0,1]");
}
