using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Gallery.DynamoDb;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws.Gallery.DynamoDb;

/// <summary>The gallery store contract on DynamoDB (dynalite), one fresh table per test, and the items it writes.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbGalleryStoreTests(LocalAwsServers aws) : GalleryStoreContract, IClassFixture<LocalAwsServers>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2030, 5, 6, 12, 0, 0, TimeSpan.FromHours(2));
    private readonly IAmazonDynamoDB _dynamoDb = AwsClientFactory.CreateDynamoDb(aws.Options);
    private readonly string _table = $"gallery-people-{Guid.NewGuid():N}";

    public Task InitializeAsync() => ((DynamoDbGalleryStore)Store()).InitializeAsync(CancellationToken.None);

    public Task DisposeAsync()
    {
        _dynamoDb.Dispose();
        return Task.CompletedTask;
    }

    protected override IGalleryStore Store() => new DynamoDbGalleryStore(
        _dynamoDb, Options.Create(new DynamoDbGalleryStoreOptions { TableName = _table, CreateIfNotExists = true, PageSize = PageSize }));

    protected override async Task<long?> StoredBytesAsync(int shard, string personId) =>
        await RawItemAsync(shard, personId) is { } item ? DynamoDbItemSize.Of(item) : null;

    [Fact]
    public async Task A_person_is_one_item_keyed_by_shard_and_id_with_an_attribute_per_field()
    {
        float[][] descriptors = [[1f, -0.5f, 0.25f], [0f, 2f, -3f]];
        await Store().PutAsync(12, new StoredPerson("a1b2", "Ann", Noon, Noon.AddMinutes(1), descriptors, "thumbs/a1b2.jpg"));
        await Store().PutAsync(12, new StoredPerson("bare", "Bare", Noon, Noon, []));

        var item = (await RawItemAsync(12, "a1b2"))!;
        Assert.Equal(
            ("shard/12", "a1b2", "Ann", "2030-05-06T12:00:00.0000000+02:00", "2030-05-06T12:01:00.0000000+02:00", "3", "thumbs/a1b2.jpg"),
            (item["PK"].S, item["SK"].S, item["Name"].S, item["CreatedAt"].S, item["UpdatedAt"].S, item["Dimension"].N, item["Thumbnail"].S));
        Assert.Equal(GalleryRecords.EncodeDescriptors(descriptors), item["Descriptors"].B.ToArray());
        var bare = (await RawItemAsync(12, "bare"))!;
        Assert.Equal(["CreatedAt", "Dimension", "Name", "PK", "SK", "UpdatedAt"], bare.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("0", bare["Dimension"].N);
    }

    [Fact]
    public async Task The_counted_item_size_is_what_DynamoDB_bills_a_write_for()
    {
        // A write costs one unit per started KB, so items counted at 1,024 and 1,025 bytes cost 1 and 2 units if the count is
        // right. ASCII only: dynalite counts a string's UTF-16 length where DynamoDB (and the count) take its UTF-8 bytes.
        foreach (var (bytes, units) in new[] { (1024, 1.0), (1025, 2.0), (102_400, 100.0) })
        {
            var key = new Dictionary<string, AttributeValue>
            {
                ["PK"] = new AttributeValue { S = "shard/1" },
                ["SK"] = new AttributeValue { S = $"size-{bytes}" },
                ["Name"] = new AttributeValue { S = "Asa" },
            };
            var padding = (int)(bytes - DynamoDbItemSize.Of(key) - "Descriptors".Length);
            var item = new Dictionary<string, AttributeValue>(key) { ["Descriptors"] = new AttributeValue { B = new MemoryStream(new byte[padding]) } };

            var response = await _dynamoDb.PutItemAsync(new PutItemRequest { TableName = _table, Item = item, ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL });

            Assert.Equal(bytes, DynamoDbItemSize.Of(item));
            Assert.Equal(units, response.ConsumedCapacity.CapacityUnits);
        }
    }

    [Fact]
    public void Numbers_are_counted_at_no_less_than_DynamoDB_counts_them()
    {
        // DynamoDB: one byte per two significant digits plus one; counted here with one more byte as margin.
        Assert.Equal(1 + 3, DynamoDbItemSize.Of(new Dictionary<string, AttributeValue> { ["D"] = new() { N = "0" } }));
        Assert.Equal(1 + 4, DynamoDbItemSize.Of(new Dictionary<string, AttributeValue> { ["D"] = new() { N = "128" } }));
        Assert.Equal(1 + 4, DynamoDbItemSize.Of(new Dictionary<string, AttributeValue> { ["D"] = new() { N = "12800" } }));
        Assert.Equal(1 + 5, DynamoDbItemSize.Of(new Dictionary<string, AttributeValue> { ["D"] = new() { N = "-0.00128" } }));
    }

    [Fact]
    public void The_options_need_a_table_name_and_a_page_size_of_at_least_one()
    {
        var validator = new DynamoDbGalleryStoreOptionsValidator();

        Assert.True(validator.Validate(null, new() { TableName = "fc-gallery-people" }).Succeeded);
        Assert.Equal(
            ["The DynamoDB gallery store needs a TableName of 3-255 letters, digits, '_', '-' or '.'; got 'a b'."],
            validator.Validate(null, new() { TableName = "a b" }).Failures);
        Assert.Equal(
            ["The DynamoDB gallery store needs a PageSize of at least 1; got 0."],
            validator.Validate(null, new() { TableName = "fc-gallery-people", PageSize = 0 }).Failures);
    }

    private async Task<Dictionary<string, AttributeValue>?> RawItemAsync(int shard, string personId)
    {
        var response = await _dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = _table,
            Key = new() { ["PK"] = new AttributeValue { S = $"shard/{shard}" }, ["SK"] = new AttributeValue { S = personId } },
            ConsistentRead = true,
        });
        return response.Item is { Count: > 0 } item ? item : null;
    }
}
