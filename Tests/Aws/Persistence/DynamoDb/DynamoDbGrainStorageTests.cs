using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Persistence.DynamoDb;
using FaceClassifier.Gallery;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Orleans.Storage;

namespace FaceClassifier.Tests.Aws.Persistence.DynamoDb;

/// <summary>The DynamoDB grain storage against dynalite: the contract, compression, tombstones, size limit, missing table.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbGrainStorageTests(LocalAwsServers aws) : GrainStorageContract, IClassFixture<LocalAwsServers>, IAsyncLifetime
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();
    private readonly IAmazonDynamoDB _dynamoDb = AwsClientFactory.CreateDynamoDb(aws.Options);
    private readonly string _table = $"state-{Guid.NewGuid():N}";
    private readonly GrainId _grain = GrainId.Create("person", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Create().InitializeAsync(CancellationToken.None);

    public Task DisposeAsync()
    {
        _dynamoDb.Dispose();
        return _services.DisposeAsync().AsTask();
    }

    [Fact]
    public async Task A_first_write_needs_no_etag_and_the_state_reads_back_compressed_with_its_version()
    {
        float[] repetitive = [.. Enumerable.Repeat(0.25f, 512)];
        var written = new GrainState<SampleState> { State = Person("Ann", repetitive, repetitive) };
        await Create().WriteStateAsync("person", _grain, written);
        Assert.Equal("1", written.ETag);
        written.State = written.State with { Name = "Ann B." };
        await Create().WriteStateAsync("person", _grain, written);

        var read = new GrainState<SampleState>();
        await Create().ReadStateAsync("person", _grain, read);
        Assert.Equal((true, "2", "Ann B."), (read.RecordExists, read.ETag, read.State!.Name));
        Assert.Equal([repetitive, repetitive], read.State.Descriptors);
        var item = await RawItemAsync("person");
        Assert.Equal("2", item["Version"].N);
        var serialized = new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>()).Serialize(read.State).ToArray().Length;
        Assert.InRange(item["State"].B.Length, 1, serialized / 10);
    }

    [Fact]
    public async Task Of_two_activations_holding_the_same_etag_the_second_write_is_refused_and_the_first_kept()
    {
        await Create().WriteStateAsync("person", _grain, new GrainState<SampleState> { State = Person("v1") });
        var first = new GrainState<SampleState>();
        var second = new GrainState<SampleState>();
        await Create().ReadStateAsync("person", _grain, first);
        await Create().ReadStateAsync("person", _grain, second);

        first.State = Person("first");
        await Create().WriteStateAsync("person", _grain, first);
        second.State = Person("second");
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Create().WriteStateAsync("person", _grain, second));
        Assert.Equal(("2", "1"), (conflict.StoredEtag, conflict.CurrentEtag));
        Assert.Contains(_grain.ToString(), conflict.Message);
        var blind = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Create().WriteStateAsync("person", _grain, new GrainState<SampleState> { State = Person("blind") }));
        Assert.Equal(("2", ""), (blind.StoredEtag, blind.CurrentEtag));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Create().ClearStateAsync("person", _grain, second));

        var read = new GrainState<SampleState>();
        await Create().ReadStateAsync("person", _grain, read);
        Assert.Equal(("2", "first"), (read.ETag, read.State!.Name));
    }

    [Theory]
    [InlineData(false, "2", "3")]
    [InlineData(true, null, "1")]
    public async Task A_cleared_state_reads_as_not_existing_and_can_be_written_again(bool deleteOnClear, string? clearedETag, string rewrittenETag)
    {
        var storage = Create(deleteOnClear);
        var state = new GrainState<SampleState> { State = Person("gone") };
        await storage.WriteStateAsync("person", _grain, state);
        await storage.ClearStateAsync("person", _grain, state);
        Assert.Equal((false, clearedETag), (state.RecordExists, state.ETag));

        var read = new GrainState<SampleState> { State = Person("default") };
        await Create(deleteOnClear).ReadStateAsync("person", _grain, read);
        Assert.Equal((false, clearedETag, "default"), (read.RecordExists, read.ETag, read.State!.Name));
        Assert.Equal(!deleteOnClear, (await RawItemAsync("person")).Count > 0);

        read.State = Person("back");
        await Create(deleteOnClear).WriteStateAsync("person", _grain, read);
        var again = new GrainState<SampleState>();
        await Create(deleteOnClear).ReadStateAsync("person", _grain, again);
        Assert.Equal((true, rewrittenETag, "back"), (again.RecordExists, again.ETag, again.State!.Name));
    }

    [Fact]
    public async Task With_tombstones_an_activation_from_before_a_clear_cannot_overwrite_the_next_record()
    {
        var stale = new GrainState<SampleState> { State = Person("old") };
        await Create().WriteStateAsync("person", _grain, stale);
        var current = new GrainState<SampleState>();
        await Create().ReadStateAsync("person", _grain, current);
        await Create().ClearStateAsync("person", _grain, current);
        current.State = Person("new");
        await Create().WriteStateAsync("person", _grain, current);

        stale.State = Person("lost update");
        await Assert.ThrowsAsync<InconsistentStateException>(() => Create().WriteStateAsync("person", _grain, stale));
        var read = new GrainState<SampleState>();
        await Create().ReadStateAsync("person", _grain, read);
        Assert.Equal(("3", "new"), (read.ETag, read.State!.Name));
    }

    [Fact]
    public async Task A_state_too_large_for_an_item_fails_naming_the_grain_and_its_size_and_writes_nothing()
    {
        var random = new Random(5);
        var noise = Enumerable.Range(0, 300).Select(_ => Enumerable.Range(0, 512).Select(_ => random.NextSingle()).ToArray()).ToArray();
        var state = new GrainState<SampleState> { State = Person("huge", noise) };

        var error = await Assert.ThrowsAsync<OrleansException>(() => Create().WriteStateAsync("person", _grain, state));

        Assert.Matches($@"^The state 'person' of grain {_grain} is \d+ bytes compressed, over the 358400-byte limit", error.Message);
        Assert.Null(state.ETag);
        Assert.Empty(await RawItemAsync("person"));
    }

    [Fact]
    public async Task A_missing_table_is_a_clear_error_at_start_when_resources_are_not_created()
    {
        var missing = $"missing-{Guid.NewGuid():N}";
        var storage = Create(table: missing, createIfNotExists: false);

        var start = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.InitializeAsync(CancellationToken.None));
        Assert.Contains($"DynamoDB table '{missing}' does not exist", start.Message);
        Assert.Contains("Aws__CreateResources=true", start.Message);
        var read = await Assert.ThrowsAsync<OrleansException>(() => storage.ReadStateAsync("person", _grain, new GrainState<SampleState>()));
        Assert.StartsWith($"DynamoDB grain storage 'test' could not read person of {_grain} in table {missing}:", read.Message);
        Assert.IsType<ResourceNotFoundException>(read.InnerException);
    }

    protected override IGrainStorage Storage() => Create();

    private DynamoDbGrainStorage Create(bool deleteOnClear = false, string? table = null, bool createIfNotExists = true) => new(
        "test",
        new DynamoDbGrainStorageOptions
        {
            TableName = table ?? _table,
            CreateIfNotExists = createIfNotExists,
            DeleteStateOnClear = deleteOnClear,
            GrainStorageSerializer = new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>()),
        },
        _dynamoDb,
        NullLogger<DynamoDbGrainStorage>.Instance);

    private async Task<Dictionary<string, AttributeValue>> RawItemAsync(string stateName)
    {
        var response = await _dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = _table,
            Key = new() { ["PK"] = new AttributeValue { S = $"{stateName}/{_grain}" } },
            ConsistentRead = true,
        });
        return response.Item ?? [];
    }

    private static SampleState Person(string name, params float[][] descriptors) => new() { Name = name, Descriptors = descriptors };
}
