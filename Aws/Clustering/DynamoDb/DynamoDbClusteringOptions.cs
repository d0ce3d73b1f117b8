using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>Where the DynamoDB membership provider keeps the cluster's members; the cluster id is Orleans' <c>ClusterOptions.ClusterId</c>.</summary>
public sealed class DynamoDbClusteringOptions : IDynamoDbTableOptions
{
    /// <summary>The DynamoDB table (partition key PK, sort key SK) holding one membership item per cluster; required.</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table when it is missing (from Aws:CreateResources by default); when false a missing table is a start-up error.</summary>
    public bool CreateIfNotExists { get; set; }
}
