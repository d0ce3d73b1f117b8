using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>Where the DynamoDB membership provider keeps the cluster's members; the cluster id is Orleans' <c>ClusterOptions.ClusterId</c>.</summary>
public sealed class DynamoDbClusteringOptions
{
    /// <summary>The DynamoDB table (partition key PK, sort key SK) holding one membership item per cluster; required.</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table when it is missing (from Aws:CreateResources by default); when false a missing table is a start-up error.</summary>
    public bool CreateIfNotExists { get; set; }
}

/// <summary>Fails start-up when the membership table name is missing or not a valid DynamoDB table name.</summary>
internal sealed partial class DynamoDbClusteringOptionsValidator(IOptions<DynamoDbClusteringOptions> options) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        var table = options.Value.TableName;
        if (string.IsNullOrWhiteSpace(table))
        {
            throw new OrleansConfigurationException(
                $"DynamoDB clustering needs {nameof(DynamoDbClusteringOptions.TableName)} (setting Clustering:Table, environment variable Clustering__Table).");
        }

        if (!TableNamePattern().IsMatch(table))
        {
            throw new OrleansConfigurationException(
                $"DynamoDB clustering table name '{table}' is invalid: use 3 to 255 letters, digits, '_', '-' or '.'.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{3,255}$")]
    private static partial Regex TableNamePattern();
}
