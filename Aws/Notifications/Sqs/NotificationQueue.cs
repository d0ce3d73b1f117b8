using System.Globalization;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Leases;
using FaceClassifier.Aws.Streaming.Sqs;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Notifications.Sqs;

/// <summary>Where job events go: the output queue, and the dead-letter queue its failures end in.</summary>
public sealed record NotificationQueueUrls(string Output, string DeadLetter);

/// <summary>
/// Finds the output and dead-letter queues once. With Aws:CreateResources a missing queue is created — the output queue
/// with a redrive policy to the dead-letter queue after Queue:MaxReceiveCount receives — else its absence is a clear error.
/// </summary>
public sealed class NotificationQueue(
    IAmazonSQS sqs, IOptions<NotificationQueueOptions> options, IOptions<WorkLeaseOptions> leases, IOptions<AwsOptions> aws)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NotificationQueueUrls? _urls;

    public async Task<NotificationQueueUrls> UrlsAsync(CancellationToken cancellationToken)
    {
        if (_urls is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _urls ??= await ResolveAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<NotificationQueueUrls> ResolveAsync(CancellationToken cancellationToken)
    {
        var queues = options.Value;
        var deadLetter = await UrlAsync(queues.DeadLetterName!, () => Task.FromResult(SqsWorkQueues.DeadLetterAttributes()), cancellationToken);
        var output = await UrlAsync(queues.OutputQueueName, async () => new Dictionary<string, string>
        {
            [QueueAttributeName.VisibilityTimeout] = leases.Value.VisibilitySeconds.ToString(CultureInfo.InvariantCulture),
            [QueueAttributeName.RedrivePolicy] = JsonSerializer.Serialize(new
            {
                deadLetterTargetArn = (await sqs.GetQueueAttributesAsync(deadLetter, [QueueAttributeName.QueueArn], cancellationToken)).QueueARN,
                maxReceiveCount = queues.MaxReceiveCount,
            }),
        }, cancellationToken);
        return new NotificationQueueUrls(output, deadLetter);
    }

    private async Task<string> UrlAsync(string name, Func<Task<Dictionary<string, string>>> attributes, CancellationToken cancellationToken)
    {
        try
        {
            return (await sqs.GetQueueUrlAsync(name, cancellationToken)).QueueUrl;
        }
        catch (QueueDoesNotExistException) when (aws.Value.CreateResources)
        {
            // Created below; CreateQueue is idempotent, so silos starting together agree on one queue.
        }
        catch (QueueDoesNotExistException)
        {
            throw new InvalidOperationException($"SQS queue '{name}' does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.");
        }

        var request = new CreateQueueRequest { QueueName = name, Attributes = await attributes() };
        return (await sqs.CreateQueueAsync(request, cancellationToken)).QueueUrl;
    }
}
