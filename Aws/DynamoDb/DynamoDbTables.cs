using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FaceClassifier.Aws.DynamoDb;

/// <summary>Makes sure a DynamoDB table exists and is ACTIVE: created on demand when allowed, else a clear error.</summary>
public static class DynamoDbTables
{
    /// <summary>
    /// Waits for <paramref name="definition"/>'s table to be ACTIVE, creating it first when it is missing and
    /// <paramref name="create"/> is true. A missing table with <paramref name="create"/> false names the table and the setting.
    /// </summary>
    public static async Task EnsureAsync(IAmazonDynamoDB client, CreateTableRequest definition, bool create, CancellationToken cancellationToken = default)
    {
        var status = await StatusAsync(client, definition.TableName, cancellationToken);
        if (status is null)
        {
            if (!create)
            {
                throw new InvalidOperationException(
                    $"DynamoDB table '{definition.TableName}' does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.");
            }

            try
            {
                await client.CreateTableAsync(definition, cancellationToken);
            }
            catch (ResourceInUseException)
            {
                // Another silo created it at the same moment.
            }
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (await StatusAsync(client, definition.TableName, timeout.Token) != TableStatus.ACTIVE)
        {
            await timer.WaitForNextTickAsync(timeout.Token);
        }
    }

    private static async Task<TableStatus?> StatusAsync(IAmazonDynamoDB client, string table, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.DescribeTableAsync(table, cancellationToken)).Table.TableStatus;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }
}
