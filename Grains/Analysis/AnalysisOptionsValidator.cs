using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Analysis;

/// <summary>Checks the "Analysis" section at start-up.</summary>
internal sealed class AnalysisOptionsValidator : IValidateOptions<AnalysisOptions>
{
    public ValidateOptionsResult Validate(string? name, AnalysisOptions options) =>
        new SettingChecks(AnalysisOptions.Section)
            .Require(options.FramesPerSecond is > 0 and <= 60, nameof(options.FramesPerSecond), "must be in (0, 60]")
            .Require(options.ChunkDuration >= TimeSpan.FromSeconds(1), nameof(options.ChunkDuration), "must be at least 1 s")
            .Require(options.MaxConcurrentAnalyses >= 1, nameof(options.MaxConcurrentAnalyses), "must be at least 1")
            .Result;
}
