using FaceClassifier.Aws.DynamoDb;
namespace FaceClassifier.Aws.DeadLetters.DynamoDb;

/// <summary>Options of the DynamoDB dead-letter store.</summary>
public sealed class DynamoDbDeadLetterStoreOptions
{
    /// <summary>The table holding one item per dead letter; required. Its key schema is <c>PK</c> (S) only.</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table at silo start when it is missing; when false its absence fails the start.</summary>
    public bool CreateIfNotExists { get; set; }
}

/// <summary>Fails silo start-up when the dead-letter table has no usable name.</summary>
internal sealed class DynamoDbDeadLetterStoreOptionsValidator(DynamoDbDeadLetterStoreOptions options) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (!TableSchemas.IsValidTableName(options.TableName))
        {
            throw new OrleansConfigurationException(
                $"The DynamoDB dead-letter store needs a {nameof(DynamoDbDeadLetterStoreOptions.TableName)} of 3-255 letters, digits, '_', '-' or '.'; got '{options.TableName}'.");
        }
    }
}
