using FaceClassifier.Aws.DynamoDb;
using Orleans.Storage;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>Options of one named DynamoDB grain storage provider.</summary>
public sealed class DynamoDbGrainStorageOptions : IStorageProviderSerializerOptions, IDynamoDbTableOptions
{
    /// <summary>The table holding one item per grain state; required. Its key schema is <c>PK</c> (S) only.</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table at silo start when it is missing; when false its absence fails the start.</summary>
    public bool CreateIfNotExists { get; set; }

    /// <summary>
    /// Delete the item on clear. False (the default) keeps a tombstone (key and version, no state) instead, so versions
    /// never restart and an activation holding an ETag from before the clear cannot match a later record by chance.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>How states are turned into bytes (before compression); defaults to the Orleans binary serializer.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
