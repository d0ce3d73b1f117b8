using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.DeadLetters.DynamoDb;

/// <summary>Options of the DynamoDB dead-letter store.</summary>
public sealed class DynamoDbDeadLetterStoreOptions : IDynamoDbTableOptions
{
    /// <summary>The table holding one item per dead letter; required. Its key schema is <c>PK</c> (S) only.</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table at silo start when it is missing; when false its absence fails the start.</summary>
    public bool CreateIfNotExists { get; set; }
}
