using FaceClassifier.Aws.DynamoDb;
namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>Options of the DynamoDB reminder table.</summary>
public sealed class DynamoDbReminderTableOptions
{
    /// <summary>The table holding one item per reminder; required. Its key schema is <c>PK</c> (S) and <c>SK</c> (S).</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table when the reminder service starts and it is missing; when false its absence fails the start.</summary>
    public bool CreateIfNotExists { get; set; }
}

/// <summary>Fails silo start-up when the reminder table has no usable name.</summary>
internal sealed class DynamoDbReminderTableOptionsValidator(DynamoDbReminderTableOptions options) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (!TableSchemas.IsValidTableName(options.TableName))
        {
            throw new OrleansConfigurationException(
                $"The DynamoDB reminder table needs a {nameof(DynamoDbReminderTableOptions.TableName)} of 3-255 letters, digits, '_', '-' or '.'; got '{options.TableName}'.");
        }
    }
}
