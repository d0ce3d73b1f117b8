using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Jobs.DynamoDb;

/// <summary>Fails start-up when the job index table has no usable name.</summary>
internal sealed class DynamoDbJobIndexOptionsValidator : DynamoDbTableNameValidator<DynamoDbJobIndexOptions>
{
    protected override string Owner(string? name) => "The DynamoDB job index";
}
