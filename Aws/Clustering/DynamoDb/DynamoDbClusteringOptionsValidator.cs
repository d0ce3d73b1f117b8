using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>Fails start-up when the membership table name is missing or not a valid DynamoDB table name.</summary>
internal sealed class DynamoDbClusteringOptionsValidator : IValidateOptions<DynamoDbClusteringOptions>
{
    public ValidateOptionsResult Validate(string? name, DynamoDbClusteringOptions options)
    {
        var table = options.TableName;
        if (string.IsNullOrWhiteSpace(table))
        {
            return ValidateOptionsResult.Fail(
                $"DynamoDB clustering needs {nameof(DynamoDbClusteringOptions.TableName)} (setting Clustering:Table, environment variable Clustering__Table).");
        }

        return TableSchemas.IsValidTableName(table)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"DynamoDB clustering table name '{table}' is invalid: use 3 to 255 letters, digits, '_', '-' or '.'.");
    }
}
