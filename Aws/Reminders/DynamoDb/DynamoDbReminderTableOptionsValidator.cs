using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>Fails start-up when the reminder table has no usable name.</summary>
internal sealed class DynamoDbReminderTableOptionsValidator : IValidateOptions<DynamoDbReminderTableOptions>
{
    public ValidateOptionsResult Validate(string? name, DynamoDbReminderTableOptions options) =>
        TableSchemas.IsValidTableName(options.TableName)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The DynamoDB reminder table needs a {nameof(DynamoDbReminderTableOptions.TableName)} of 3-255 letters, digits, '_', '-' or '.'; got '{options.TableName}'.");
}
