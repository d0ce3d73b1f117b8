using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>Fails start-up when a DynamoDB storage provider has no usable table name; each provider is checked under its name.</summary>
internal sealed class DynamoDbGrainStorageOptionsValidator : DynamoDbTableNameValidator<DynamoDbGrainStorageOptions>
{
    protected override string Owner(string? name) => $"DynamoDB grain storage '{name}'";
}
