using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.DeadLetters.DynamoDb;

/// <summary>Fails start-up when the dead-letter table has no usable name.</summary>
internal sealed class DynamoDbDeadLetterStoreOptionsValidator : IValidateOptions<DynamoDbDeadLetterStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, DynamoDbDeadLetterStoreOptions options) =>
        TableSchemas.IsValidTableName(options.TableName)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The DynamoDB dead-letter store needs a {nameof(DynamoDbDeadLetterStoreOptions.TableName)} of 3-255 letters, digits, '_', '-' or '.'; got '{options.TableName}'.");
}
