using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Jobs.DynamoDb;

/// <summary>Options of the DynamoDB job index.</summary>
public sealed class DynamoDbJobIndexOptions : IDynamoDbTableOptions
{
    /// <summary>The table holding one item per job; required. Its key schema is <c>PK</c> (S) + <c>SK</c> (S).</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table at silo start when it is missing; when false its absence fails the start.</summary>
    public bool CreateIfNotExists { get; set; }
}
