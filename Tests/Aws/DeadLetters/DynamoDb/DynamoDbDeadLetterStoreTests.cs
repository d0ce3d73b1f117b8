using Amazon.DynamoDBv2;
using FaceClassifier.Aws;
using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws.DeadLetters.DynamoDb;

/// <summary>The dead-letter store contract on DynamoDB (dynalite), one fresh table per test.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbDeadLetterStoreTests(LocalAwsServers aws) : DeadLetterStoreContract, IClassFixture<LocalAwsServers>, IAsyncLifetime
{
    private readonly IAmazonDynamoDB _dynamoDb = AwsClientFactory.CreateDynamoDb(aws.Options);
    private readonly string _tableName = $"dead-letters-{Guid.NewGuid():N}";

    public Task InitializeAsync() => ((DynamoDbDeadLetterStore)Store()).InitializeAsync(CancellationToken.None);

    public Task DisposeAsync()
    {
        _dynamoDb.Dispose();
        return Task.CompletedTask;
    }

    protected override IDeadLetterStore Store() =>
        new DynamoDbDeadLetterStore(_dynamoDb, Options.Create(new DynamoDbDeadLetterStoreOptions { TableName = _tableName, CreateIfNotExists = true }));
}
