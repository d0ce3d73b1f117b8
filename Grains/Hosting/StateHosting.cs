using FaceClassifier.Jobs;
using FaceClassifier.Reminders;
using FaceClassifier.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>Grain state and reminders: files under the data folder (State:Provider=File, the default) or DynamoDB.</summary>
public static class StateHosting
{
    public const string Section = "State";
    public const string File = "File";
    public const string DynamoDb = "DynamoDB";

    /// <summary>The grain storage providers every deployment has.</summary>
    public static readonly string[] StorageProviders = [StorageNames.Jobs, StorageNames.Gallery, JobStreams.PubSubStore];

    public static ISiloBuilder AddConfiguredState(this ISiloBuilder silo)
    {
        var provider = ProviderSettings.Provider(silo.Configuration, Section, File, DynamoDb);
        if (provider == File)
        {
            foreach (var name in StorageProviders)
            {
                silo.AddFileGrainStorage(name, o => o.Configure<DataDirectory>((options, data) => options.RootDirectory = data.State));
            }

            silo.UseFileReminderService();
        }
        else
        {
            throw new InvalidOperationException("State:Provider=DynamoDB is not wired yet.");
        }

        silo.Services.AddOptions<ReminderOptions>().Configure<IOptions<JobOptions>>((reminders, jobs) =>
            reminders.MinimumReminderPeriod = TimeSpan.FromTicks(Math.Min(reminders.MinimumReminderPeriod.Ticks, jobs.Value.ResumeCheckPeriod.Ticks)));
        return silo;
    }
}
