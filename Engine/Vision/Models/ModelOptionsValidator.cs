using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Models;

/// <summary>Checks the "Vision:Models" section at start-up.</summary>
internal sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelOptions options) =>
        new SettingChecks(ModelOptions.SectionName)
            .Require(options.IntraOpThreads >= 0, nameof(options.IntraOpThreads), "must be 0 (runtime's choice) or more")
            .Require(options.PhotoIntraOpThreads >= 0, nameof(options.PhotoIntraOpThreads), "must be 0 (one per core) or more")
            .Result;
}
