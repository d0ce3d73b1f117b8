using Amazon.DynamoDBv2;
using FaceClassifier.Aws;
using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.Persistence.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws.Reminders.DynamoDb;

/// <summary>The DynamoDB reminder table against dynalite, one fresh table per test: the contract and its etag checks on upsert.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbReminderTableTests(LocalAwsServers aws) : ReminderTableContract, IClassFixture<LocalAwsServers>, IAsyncLifetime
{
    private static readonly DateTime Start = new(2030, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);
    private readonly IAmazonDynamoDB _dynamoDb = AwsClientFactory.CreateDynamoDb(aws.Options);
    private readonly string _tableName = $"reminders-{Guid.NewGuid():N}";

    public Task InitializeAsync() => ((DynamoDbReminderTable)Table()).StartAsync();

    public Task DisposeAsync()
    {
        _dynamoDb.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_upsert_carrying_a_stale_etag_is_refused_and_one_without_an_etag_replaces()
    {
        var grain = Grain();
        var first = await Table().UpsertRow(Entry(grain, "resume", Start, TimeSpan.FromMinutes(1)));
        var current = await Table().UpsertRow(Entry(grain, "resume", Start, TimeSpan.FromMinutes(2), etag: first));

        Assert.Null(await Table().UpsertRow(Entry(grain, "resume", Start, TimeSpan.FromMinutes(3), etag: first)));
        Assert.Equal((TimeSpan.FromMinutes(2), current), ((await Table().ReadRow(grain, "resume"))!.Period, (await Table().ReadRow(grain, "resume"))!.ETag));
        var replaced = await Table().UpsertRow(Entry(grain, "resume", Start, TimeSpan.FromMinutes(4)));
        Assert.Equal((TimeSpan.FromMinutes(4), replaced), ((await Table().ReadRow(grain, "resume"))!.Period, (await Table().ReadRow(grain, "resume"))!.ETag));
    }

    protected override IReminderTable Table() =>
        new DynamoDbReminderTable(_dynamoDb, Options.Create(new DynamoDbReminderTableOptions { TableName = _tableName, CreateIfNotExists = true }));
}
