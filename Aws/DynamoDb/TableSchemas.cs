using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FaceClassifier.Aws.DynamoDb;

/// <summary>The key schemas of FaceClassifier's DynamoDB tables: a string partition key <c>PK</c>, and a string sort key <c>SK</c> where needed.</summary>
public static class TableSchemas
{
    public const string PartitionKey = "PK";

    public const string SortKey = "SK";

    /// <summary>A table keyed by <c>PK</c> (S) alone, billed per request.</summary>
    public static CreateTableRequest PartitionKeyOnly(string tableName) => new()
    {
        TableName = tableName,
        AttributeDefinitions = [new(PartitionKey, ScalarAttributeType.S)],
        KeySchema = [new(PartitionKey, KeyType.HASH)],
        BillingMode = BillingMode.PAY_PER_REQUEST,
    };

    /// <summary>A table keyed by <c>PK</c> (S) and <c>SK</c> (S), billed per request.</summary>
    public static CreateTableRequest WithSortKey(string tableName) => new()
    {
        TableName = tableName,
        AttributeDefinitions = [new(PartitionKey, ScalarAttributeType.S), new(SortKey, ScalarAttributeType.S)],
        KeySchema = [new(PartitionKey, KeyType.HASH), new(SortKey, KeyType.RANGE)],
        BillingMode = BillingMode.PAY_PER_REQUEST,
    };

    /// <summary>Whether <paramref name="name"/> is a valid DynamoDB table name: 3–255 of a–z, A–Z, 0–9, '_', '-', '.'.</summary>
    public static bool IsValidTableName(string? name) =>
        name is { Length: >= 3 and <= 255 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
