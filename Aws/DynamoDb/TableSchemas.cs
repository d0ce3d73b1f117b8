using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FaceClassifier.Aws.DynamoDb;

/// <summary>
/// The definition of every FaceClassifier DynamoDB table, as the providers create them with Aws:CreateResources and
/// as deploy/aws declares them: a string partition key <c>PK</c>, a string sort key <c>SK</c> where needed, billed per request.
/// </summary>
public static class TableSchemas
{
    public const string PartitionKey = "PK";

    public const string SortKey = "SK";

    /// <summary>Grain state (jobs, gallery, PubSubStore): one item per grain, keyed by <c>PK</c> = "{state}/{grain id}".</summary>
    public static CreateTableRequest GrainState(string tableName) => PartitionKeyOnly(tableName);

    /// <summary>Dead letters: one item per letter, keyed by <c>PK</c> = its id.</summary>
    public static CreateTableRequest DeadLetters(string tableName) => PartitionKeyOnly(tableName);

    /// <summary>Gallery people: <c>PK</c> = "shard/{n}", <c>SK</c> = person id, so a shard reads its people with one query.</summary>
    public static CreateTableRequest GalleryPeople(string tableName) => WithSortKey(tableName);

    /// <summary>The jobs list: <c>PK</c> = "jobs", <c>SK</c> = "{created ticks}-{job id}", so a page is one backward query.</summary>
    public static CreateTableRequest JobIndex(string tableName) => WithSortKey(tableName);

    /// <summary>Reminders: <c>PK</c> = grain id, <c>SK</c> = reminder name.</summary>
    public static CreateTableRequest Reminders(string tableName) => WithSortKey(tableName);

    /// <summary>Cluster membership: <c>PK</c> = cluster id, <c>SK</c> = "membership" or "alive#{silo}".</summary>
    public static CreateTableRequest Membership(string tableName) => WithSortKey(tableName);

    /// <summary>Whether <paramref name="name"/> is a valid DynamoDB table name: 3–255 of a–z, A–Z, 0–9, '_', '-', '.'.</summary>
    public static bool IsValidTableName(string? name) =>
        name is { Length: >= 3 and <= 255 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    private static CreateTableRequest PartitionKeyOnly(string tableName) => new()
    {
        TableName = tableName,
        AttributeDefinitions = [new(PartitionKey, ScalarAttributeType.S)],
        KeySchema = [new(PartitionKey, KeyType.HASH)],
        BillingMode = BillingMode.PAY_PER_REQUEST,
    };

    private static CreateTableRequest WithSortKey(string tableName) => new()
    {
        TableName = tableName,
        AttributeDefinitions = [new(PartitionKey, ScalarAttributeType.S), new(SortKey, ScalarAttributeType.S)],
        KeySchema = [new(PartitionKey, KeyType.HASH), new(SortKey, KeyType.RANGE)],
        BillingMode = BillingMode.PAY_PER_REQUEST,
    };
}
