using FaceClassifier.Gallery.Imports;
using FaceClassifier.Jobs;
using FaceClassifier.Providers;
using FaceClassifier.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>
/// Grain state, reminders, dead letters, gallery people and the jobs list from the provider named at State:Provider: files under the data folder
/// (File, the default) or DynamoDB (tables after State:TablePrefix; layouts in <c>Aws/DynamoDb/StateTables.cs</c>).
/// </summary>
public static class StateSiloBuilderExtensions
{
    public const string Section = "State";

    /// <summary>The grain storage providers every deployment has.</summary>
    public static readonly string[] StorageProviders = [StorageNames.Jobs, StorageNames.Gallery, JobStreams.PubSubStore];

    public static ISiloBuilder AddConfiguredState(this ISiloBuilder silo)
    {
        var registry = FaceClassifierProviders.Registry;
        var section = silo.Configuration.GetSection(Section);
        var provider = registry.Pick(silo.Configuration, Section, ProviderKinds.GrainStorage, ProviderRegistry.Silo, FileProviders.Name);
        foreach (var name in StorageProviders)
        {
            registry.Configure(silo, ProviderKinds.GrainStorage, provider, name, section);
        }

        registry.Configure(silo, ProviderKinds.Reminders, provider, null, section);

        // The notifications keep dead letters in the data folder unless the state provider has a store of its own.
        if (registry.Has(ProviderKinds.DeadLetters, provider, ProviderRegistry.Silo))
        {
            registry.Configure(silo, ProviderKinds.DeadLetters, provider, null, section);
        }

        // The shard grains keep gallery people in the data folder unless the state provider has a store of its own.
        var gallery = registry.Has(ProviderKinds.Gallery, provider, ProviderRegistry.Silo) ? provider : FileProviders.Name;
        registry.Configure(silo, ProviderKinds.Gallery, gallery, null, section);

        // The same for the jobs list.
        var jobIndex = registry.Has(ProviderKinds.JobIndex, provider, ProviderRegistry.Silo) ? provider : FileProviders.Name;
        registry.Configure(silo, ProviderKinds.JobIndex, jobIndex, null, section);

        silo.Services.AddOptions<ReminderOptions>().Configure<IOptions<JobOptions>, IOptions<ImportOptions>>((reminders, jobs, imports) =>
            reminders.MinimumReminderPeriod = TimeSpan.FromTicks(Math.Min(
                reminders.MinimumReminderPeriod.Ticks, Math.Min(jobs.Value.ResumeCheckPeriod.Ticks, imports.Value.ResumeCheckPeriod.Ticks))));
        return silo;
    }
}
