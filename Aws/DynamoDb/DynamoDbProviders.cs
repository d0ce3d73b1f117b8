namespace FaceClassifier.Aws.DynamoDb;

/// <summary>The name under which the DynamoDB providers register.</summary>
public static class DynamoDbProviders
{
    public const string Name = "DynamoDB";
}
