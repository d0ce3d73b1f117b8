using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>Fails start-up when a DynamoDB storage provider has no usable table name; each provider is checked under its name.</summary>
internal sealed class DynamoDbGrainStorageOptionsValidator : IValidateOptions<DynamoDbGrainStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, DynamoDbGrainStorageOptions options) =>
        TableSchemas.IsValidTableName(options.TableName)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"DynamoDB grain storage '{name}' needs a {nameof(DynamoDbGrainStorageOptions.TableName)} of 3-255 letters, digits, '_', '-' or '.'; got '{options.TableName}'.");
}
