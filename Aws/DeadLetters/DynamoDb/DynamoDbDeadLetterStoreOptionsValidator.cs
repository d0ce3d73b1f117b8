using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.DeadLetters.DynamoDb;

/// <summary>Fails start-up when the dead-letter table has no usable name.</summary>
internal sealed class DynamoDbDeadLetterStoreOptionsValidator : DynamoDbTableNameValidator<DynamoDbDeadLetterStoreOptions>
{
    protected override string Owner(string? name) => "The DynamoDB dead-letter store";
}
