using System.Text.Json;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Sqs;
using Microsoft.Extensions.Options;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Aws.Streaming.Support;

namespace FaceClassifier.Tests.Aws.Sqs;

/// <summary>The one registry of queues (fauxqs): created with the redrive to the dead-letter queue, or a clear error when missing.</summary>
[Trait("Kind", "integration")]
public sealed class SqsQueueRegistryTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task Creates_every_queue_with_a_redrive_to_the_dead_letter_queue_and_gives_an_existing_one_the_current_policy()
    {
        using var sqs = AwsClientFactory.CreateSqs(aws.Options);
        var options = Fresh(count: 2);
        var existing = (await sqs.CreateQueueAsync($"{options.Name}-1")).QueueUrl;
        var registry = Registry(sqs, options, create: true);

        var work = await registry.WorkUrlsAsync();
        var output = await registry.OutputUrlAsync();
        var deadLetter = await registry.DeadLetterUrlAsync();

        Assert.Equal(existing, work[1]);
        Assert.EndsWith($"/{options.Name}-0", work[0]);
        Assert.EndsWith($"/{options.Name}-output", output);
        Assert.Equal("1209600", await new QueueProbe(sqs, deadLetter).AttributeAsync("MessageRetentionPeriod"));
        Assert.Null(await new QueueProbe(sqs, deadLetter).AttributeAsync("RedrivePolicy"));
        var deadArn = await new QueueProbe(sqs, deadLetter).AttributeAsync("QueueArn");
        foreach (var url in work.Append(output))
        {
            using var policy = JsonDocument.Parse((await new QueueProbe(sqs, url).AttributeAsync("RedrivePolicy"))!);
            Assert.Equal((deadArn, 4), (policy.RootElement.GetProperty("deadLetterTargetArn").GetString(), policy.RootElement.GetProperty("maxReceiveCount").GetInt32()));
        }

        Assert.Equal("7", await new QueueProbe(sqs, work[0]).AttributeAsync("VisibilityTimeout"));
        Assert.Same(work[0], registry.UrlOf($"{options.Name}-0"));
    }

    [Fact]
    public async Task A_missing_queue_is_a_clear_error_naming_it_when_resources_are_not_created()
    {
        using var sqs = AwsClientFactory.CreateSqs(aws.Options);
        var options = Fresh(count: 1);
        await sqs.CreateQueueAsync(options.DeadLetterName);
        var registry = Registry(sqs, options, create: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => registry.OutputUrlAsync());
        var unresolved = Assert.Throws<InvalidOperationException>(() => registry.UrlOf($"{options.Name}-0"));

        Assert.Equal($"SQS queue '{options.Name}-output' does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.", error.Message);
        Assert.Equal($"SQS queue '{options.Name}-0' has not been resolved yet.", unresolved.Message);
        Assert.Empty((await sqs.ListQueuesAsync(options.Name)).QueueUrls ?? []);
    }

    private static QueueOptions Fresh(int count) => new()
    {
        Name = $"registry-{Guid.NewGuid():N}",
        DeadLetterName = $"registry-dead-{Guid.NewGuid():N}",
        Count = count,
        MaxReceiveCount = 4,
        VisibilityTimeout = TimeSpan.FromSeconds(7),
    };

    private static SqsQueueRegistry Registry(Amazon.SQS.IAmazonSQS sqs, QueueOptions options, bool create) =>
        new(sqs, Options.Create(options), Options.Create(new AwsOptions { CreateResources = create }));
}
