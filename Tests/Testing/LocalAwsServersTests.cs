using System.Net.NetworkInformation;
using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using Amazon.SQS.Model;
using FaceClassifier.Aws;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Testing;

/// <summary>The AWS clients, as the service configures them, work against the local servers, which listen on loopback only.</summary>
[Trait("Kind", "integration")]
public sealed class LocalAwsServersTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public void Servers_listen_on_loopback_only()
    {
        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners();
        foreach (var url in new[] { aws.DynamoDbUrl, aws.SqsUrl })
        {
            var port = new Uri(url).Port;
            var bound = listeners.Where(l => l.Port == port).ToList();
            Assert.NotEmpty(bound);
            Assert.All(bound, l => Assert.True(System.Net.IPAddress.IsLoopback(l.Address), $"{url} is bound to {l.Address}"));
        }
    }

    [Fact]
    public async Task DynamoDb_client_creates_a_table_and_reads_back_an_item()
    {
        using var dynamo = AwsClientFactory.CreateDynamoDb(aws.Options);
        var table = $"smoke-{Guid.NewGuid():N}";
        await DynamoDbTables.EnsureAsync(
            dynamo,
            new CreateTableRequest
            {
                TableName = table,
                AttributeDefinitions = [new("PK", "S")],
                KeySchema = [new("PK", "HASH")],
                BillingMode = "PAY_PER_REQUEST",
            },
            create: true);
        await dynamo.PutItemAsync(table, new Dictionary<string, AttributeValue> { ["PK"] = new() { S = "a" }, ["V"] = new() { N = "7" } });

        var item = await dynamo.GetItemAsync(table, new Dictionary<string, AttributeValue> { ["PK"] = new() { S = "a" } });

        Assert.Equal("7", item.Item["V"].N);
    }

    [Fact]
    public async Task A_missing_table_is_a_clear_error_when_resources_are_not_created()
    {
        using var dynamo = AwsClientFactory.CreateDynamoDb(aws.Options);
        var table = $"missing-{Guid.NewGuid():N}";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DynamoDbTables.EnsureAsync(
            dynamo, new CreateTableRequest { TableName = table, AttributeDefinitions = [new("PK", "S")], KeySchema = [new("PK", "HASH")] }, create: false));

        Assert.Contains($"'{table}' does not exist", error.Message);
        Assert.Contains("Aws__CreateResources=true", error.Message);
    }

    [Fact]
    public async Task Sqs_client_sends_and_receives_a_message()
    {
        using var sqs = AwsClientFactory.CreateSqs(aws.Options);
        var queue = await sqs.CreateQueueAsync($"smoke-{Guid.NewGuid():N}");
        await sqs.SendMessageAsync(queue.QueueUrl, "hello");

        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queue.QueueUrl, WaitTimeSeconds = 5 });

        Assert.Equal("hello", Assert.Single(received.Messages).Body);
    }

    [Fact]
    public async Task S3_client_puts_and_gets_an_object()
    {
        using var s3 = AwsClientFactory.CreateS3(aws.Options);
        var bucket = $"smoke-{Guid.NewGuid():N}";
        await s3.PutBucketAsync(bucket);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "a/b.txt", ContentBody = "content" });

        using var response = await s3.GetObjectAsync(bucket, "a/b.txt");
        using var reader = new StreamReader(response.ResponseStream);

        Assert.Equal("content", await reader.ReadToEndAsync());
    }
}
