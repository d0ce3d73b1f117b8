namespace FaceClassifier.Aws.DynamoDb;

/// <summary>The table a DynamoDB provider keeps its items in, and whether it may create it.</summary>
public interface IDynamoDbTableOptions
{
    string TableName { get; set; }

    bool CreateIfNotExists { get; set; }
}
