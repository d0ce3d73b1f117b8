using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.DynamoDb;

/// <summary>Fails start-up when a DynamoDB provider has no usable table name; named providers are checked under their name.</summary>
internal abstract class DynamoDbTableNameValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class, IDynamoDbTableOptions
{
    public virtual ValidateOptionsResult Validate(string? name, TOptions options) =>
        TableSchemas.IsValidTableName(options.TableName)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{Owner(name)} needs a {nameof(IDynamoDbTableOptions.TableName)} of 3-255 letters, digits, '_', '-' or '.'; got '{options.TableName}'.");

    /// <summary>The provider as the message names it.</summary>
    protected abstract string Owner(string? name);
}
