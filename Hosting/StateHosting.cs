using FaceClassifier.Aws;
using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.Persistence.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Reminders.Files;
using FaceClassifier.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Hosting;

// DynamoDB tables with State:Provider=DynamoDB (the CloudFormation template must match these key schemas exactly;
// every table is PAY_PER_REQUEST, no indexes). {prefix} is State:TablePrefix.
//
//   {prefix}jobs, {prefix}gallery, {prefix}pubsub    grain state (providers jobs, gallery, PubSubStore)
//       PK (S, HASH) = "{state name}/{grain id}"
//       attributes: Version (N, the ETag), State (B, Brotli of the Orleans-serialized state; absent on a cleared
//       state's tombstone), UpdatedAt (S, ISO 8601)
//   {prefix}reminders                                Orleans reminders
//       PK (S, HASH) = grain id, SK (S, RANGE) = reminder name
//       attributes: Hash (N, the grain id's uniform hash), StartAt (S, ISO 8601 UTC), Period (N, ticks), ETag (S)
//   {prefix}dead-letters                             undeliverable notifications
//       PK (S, HASH) = dead letter id
//       attributes: Kind, JobId, Target, LastError, FirstFailedAt, LastFailedAt (S), Attempts (N), Payload (B, Brotli)

/// <summary>Grain state and reminders: files under the data folder (State:Provider=File, the default) or DynamoDB.</summary>
public static class StateHosting
{
    public const string Section = "State";
    public const string File = "File";
    public const string DynamoDb = "DynamoDB";

    /// <summary>The grain storage providers every deployment has.</summary>
    public static readonly string[] StorageProviders = [StorageNames.Jobs, StorageNames.Gallery, JobStreams.PubSubStore];

    /// <summary>The DynamoDB table of each storage provider, after State:TablePrefix.</summary>
    public static readonly IReadOnlyDictionary<string, string> StorageTables = new Dictionary<string, string>
    {
        [StorageNames.Jobs] = "jobs",
        [StorageNames.Gallery] = "gallery",
        [JobStreams.PubSubStore] = "pubsub",
    };

    public const string RemindersTable = "reminders";
    public const string DeadLettersTable = "dead-letters";

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
            silo.AddDynamoDbState(ProviderSettings.Required(silo.Configuration, $"{Section}:TablePrefix", "when State:Provider=DynamoDB"));
        }

        silo.Services.AddOptions<ReminderOptions>().Configure<IOptions<JobOptions>>((reminders, jobs) =>
            reminders.MinimumReminderPeriod = TimeSpan.FromTicks(Math.Min(reminders.MinimumReminderPeriod.Ticks, jobs.Value.ResumeCheckPeriod.Ticks)));
        return silo;
    }

    private static void AddDynamoDbState(this ISiloBuilder silo, string prefix)
    {
        silo.Services.AddAwsClients();
        foreach (var name in StorageProviders)
        {
            silo.AddDynamoDbGrainStorage(name, o => o.Configure<IOptions<AwsOptions>>((options, aws) =>
                (options.TableName, options.CreateIfNotExists) = (prefix + StorageTables[name], aws.Value.CreateResources)));
        }

        silo.UseDynamoDbReminderService(o => o.Configure<IOptions<AwsOptions>>((options, aws) =>
            (options.TableName, options.CreateIfNotExists) = (prefix + RemindersTable, aws.Value.CreateResources)));
        silo.AddDynamoDbDeadLetterStore(o => o.Configure<IOptions<AwsOptions>>((options, aws) =>
            (options.TableName, options.CreateIfNotExists) = (prefix + DeadLettersTable, aws.Value.CreateResources)));
    }
}
