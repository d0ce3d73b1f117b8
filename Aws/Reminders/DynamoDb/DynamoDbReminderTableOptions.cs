using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>Options of the DynamoDB reminder table.</summary>
public sealed class DynamoDbReminderTableOptions : IDynamoDbTableOptions
{
    /// <summary>The table holding one item per reminder; required. Its key schema is <c>PK</c> (S) and <c>SK</c> (S).</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table when the reminder service starts and it is missing; when false its absence fails the start.</summary>
    public bool CreateIfNotExists { get; set; }
}
