using FaceClassifier.Jobs;
using FaceClassifier.Storage;

namespace FaceClassifier.Aws.DynamoDb;

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
//   {prefix}gallery-people                           gallery people, read back shard by shard by the shard grains
//       PK (S, HASH) = "shard/{n}", SK (S, RANGE) = person id
//       attributes: Name, CreatedAt, UpdatedAt (S, ISO 8601), Dimension (N), Descriptors (B, little-endian float32 rows;
//       absent when none), Thumbnail (S, optional); no item over 100 KB (GalleryRecords.MaxBytes)
//   {prefix}job-index                                the jobs list, newest first, kept by the job grains
//       PK (S, HASH) = "jobs", SK (S, RANGE) = "{created at, UTC ticks, 19 digits}-{job id, 32 hex digits}"
//       attributes: Status (S, Processing/Completed/Error), CreatedAt (S, ISO 8601), Name, CompletedAt (S, optional),
//       People (L of S, the names found, at most 100; absent when none)

/// <summary>The names of the state tables after State:TablePrefix.</summary>
public static class StateTables
{
    /// <summary>The setting under State that every table name starts with.</summary>
    public const string PrefixKey = "TablePrefix";

    public const string Reminders = "reminders";

    public const string DeadLetters = "dead-letters";

    public const string GalleryPeople = "gallery-people";

    public const string JobIndex = "job-index";

    /// <summary>The grain state table of each storage provider.</summary>
    public static readonly IReadOnlyDictionary<string, string> Storage = new Dictionary<string, string>
    {
        [StorageNames.Jobs] = "jobs",
        [StorageNames.Gallery] = "gallery",
        [JobStreams.PubSubStore] = "pubsub",
    };
}
