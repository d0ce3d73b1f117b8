using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Jobs.DynamoDb;
using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Index;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws.Jobs.DynamoDb;

/// <summary>The job index contract on DynamoDB (dynalite), one fresh table per test, and the items it writes.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbJobIndexTests(LocalAwsServers aws) : JobIndexContract, IClassFixture<LocalAwsServers>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2030, 5, 6, 12, 0, 0, TimeSpan.FromHours(2));
    private readonly IAmazonDynamoDB _dynamoDb = AwsClientFactory.CreateDynamoDb(aws.Options);
    private readonly string _table = $"job-index-{Guid.NewGuid():N}";

    public Task InitializeAsync() => ((DynamoDbJobIndex)Index()).InitializeAsync(CancellationToken.None);

    public Task DisposeAsync()
    {
        _dynamoDb.Dispose();
        return Task.CompletedTask;
    }

    protected override IJobIndex Index() =>
        new DynamoDbJobIndex(_dynamoDb, Options.Create(new DynamoDbJobIndexOptions { TableName = _table, CreateIfNotExists = true }));

    [Fact]
    public async Task A_job_is_one_item_in_the_jobs_partition_keyed_by_its_position_with_an_attribute_per_field()
    {
        var id = Guid.Parse("3f2a9c1e-8b4d-4e6f-9a7b-2c5d8e1f0a34");
        var bareId = Guid.NewGuid();
        await Index().PutAsync(new JobIndexEntry(id, "Ann", JobStatus.Completed, Noon, Noon.AddSeconds(41), ["Grace", "Ada"]));
        await Index().PutAsync(new JobIndexEntry(bareId, "", JobStatus.Processing, Noon, null, []));

        var items = (await _dynamoDb.ScanAsync(new ScanRequest { TableName = _table, ConsistentRead = true })).Items;
        var item = items.Single(i => i["SK"].S.EndsWith(id.ToString("N"), StringComparison.Ordinal));
        Assert.Equal(
            ("jobs", $"{Noon.UtcTicks:D19}-3f2a9c1e8b4d4e6f9a7b2c5d8e1f0a34", "Ann", "Completed", "2030-05-06T12:00:00.0000000+02:00", "2030-05-06T12:00:41.0000000+02:00"),
            (item["PK"].S, item["SK"].S, item["Name"].S, item["Status"].S, item["CreatedAt"].S, item["CompletedAt"].S));
        Assert.Equal(["Grace", "Ada"], item["People"].L.Select(p => p.S));
        var bare = items.Single(i => i["SK"].S.EndsWith(bareId.ToString("N"), StringComparison.Ordinal));
        Assert.Equal(["CreatedAt", "PK", "SK", "Status"], bare.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_options_need_a_table_name()
    {
        var validator = new DynamoDbJobIndexOptionsValidator();

        Assert.True(validator.Validate(null, new() { TableName = "fc-job-index" }).Succeeded);
        Assert.Equal(
            ["The DynamoDB job index needs a TableName of 3-255 letters, digits, '_', '-' or '.'; got 'a b'."],
            validator.Validate(null, new() { TableName = "a b" }).Failures);
    }
}
