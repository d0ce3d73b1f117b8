using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws;
using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.Gallery.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Gallery;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Hosting;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;
using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Tests.Hosting;

/// <summary>A silo with State:Provider=DynamoDB: its tables are created at start and a grain's state outlives the silo.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbStateHostingTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IDisposable
{
    private readonly string _data = TestAssets.TempDirectory();
    private readonly string _prefix = $"t{Guid.NewGuid():N}-";
    private readonly string _serviceId = $"dynamodb-state-{Guid.NewGuid():N}";

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task An_enrolled_person_is_still_there_after_the_silo_restarts()
    {
        var id = Guid.NewGuid();
        float[] descriptor = [.. Enumerable.Range(0, 128).Select(i => MathF.Sin(i))];
        await using (var first = await StartAsync())
        {
            Assert.IsType<DynamoDbDeadLetterStore>(first.Silos[0].ServiceProvider.GetRequiredService<IDeadLetterStore>());
            Assert.Equal(PersonWriteStatus.Done, (await Gallery(first).EnrolAsync(id, "Dora", [descriptor])).Status);
            await first.StopAllSilosAsync();
        }

        using var dynamoDb = AwsClientFactory.CreateDynamoDb(aws.Options);
        var tables = (await dynamoDb.ListTablesAsync(new ListTablesRequest())).TableNames.Where(t => t.StartsWith(_prefix, StringComparison.Ordinal));
        Assert.Equal(["dead-letters", "gallery", "gallery-people", "job-index", "jobs", "pubsub", "reminders"], tables.Select(t => t[_prefix.Length..]).Order());
        var stored = await dynamoDb.ScanAsync(new ScanRequest { TableName = $"{_prefix}gallery-people", ConsistentRead = true });
        Assert.Equal([($"shard/{GalleryShards.Of(id, 64)}", id.ToString())], stored.Items.Select(i => (i["PK"].S, i["SK"].S)));

        await using var second = await StartAsync();
        var person = await Gallery(second).GetAsync(id);
        Assert.Equal(("Dora", 1), (person!.Name, person.Photos));
        var found = Assert.Single(await Gallery(second).SearchAsync([descriptor]));
        Assert.Equal((id.ToString(), 0f), (found.Best!.Value.PersonId, found.Best.Value.Distance));
    }

    [Fact]
    public void DynamoDB_state_without_a_table_prefix_fails_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([new("State:Provider", "dynamodb")]);

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(silo => silo.AddConfiguredState()));

        Assert.Equal(
            "Missing setting State:TablePrefix (environment variable State__TablePrefix), required when State:Provider=DynamoDB.",
            error.Message);
    }

    private Task<InProcessTestCluster> StartAsync() => TestSilo.StartAsync(
        _serviceId,
        aws.Settings.Concat(
        [
            new(DataDirectory.Variable, _data),
            new("State:Provider", DynamoDbProviders.Name),
            new("State:TablePrefix", _prefix),
        ]),
        silo =>
        {
            // The notifications first, as a stricter order than the hosts use: the DynamoDB dead-letter store must still win.
            silo.Services.AddNotifications(silo.Configuration);
            silo.AddFaceClassifier();
        });

    private static ShardedGallery Gallery(InProcessTestCluster cluster) => new(cluster.Client, Options.Create(new GalleryOptions()));
}
