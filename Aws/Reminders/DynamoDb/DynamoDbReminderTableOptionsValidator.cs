using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>Fails start-up when the reminder table has no usable name.</summary>
internal sealed class DynamoDbReminderTableOptionsValidator : DynamoDbTableNameValidator<DynamoDbReminderTableOptions>
{
    protected override string Owner(string? name) => "The DynamoDB reminder table";
}
