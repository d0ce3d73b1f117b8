using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Sqs;

/// <summary>
/// Finds the queues of section "Queue" once and remembers their URLs. With Aws:CreateResources a missing queue is
/// created: the dead-letter queue keeping messages 14 days, every other queue with a redrive policy to it after
/// Queue:MaxReceiveCount receives (an existing one is given the current policy); otherwise a missing queue is an error naming it.
/// </summary>
public sealed class SqsQueueRegistry(IAmazonSQS sqs, IOptions<QueueOptions> options, IOptions<AwsOptions> aws)
{
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);
    private volatile string? _deadLetterArn;

    public QueueOptions Options => options.Value;

    /// <summary>The URL of the dead-letter queue.</summary>
    public async Task<string> DeadLetterUrlAsync(CancellationToken cancellationToken = default)
    {
        var name = Options.DeadLetterName;
        if (_urls.TryGetValue(name, out var known))
        {
            return known;
        }

        var url = await FindAsync(name, cancellationToken)
            ?? (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = DeadLetterAttributes() }, cancellationToken)).QueueUrl;
        return _urls.GetOrAdd(name, url);
    }

    /// <summary>The URLs of the work queues, in queue order (the dead-letter queue is resolved first).</summary>
    public async Task<IReadOnlyList<string>> WorkUrlsAsync(CancellationToken cancellationToken = default)
    {
        var urls = new List<string>(Options.Count);
        foreach (var name in Options.QueueNames())
        {
            urls.Add(await RedrivenUrlAsync(name, cancellationToken));
        }

        return urls;
    }

    /// <summary>The URL of the output queue of job events.</summary>
    public Task<string> OutputUrlAsync(CancellationToken cancellationToken = default) => RedrivenUrlAsync(Options.OutputQueueName, cancellationToken);

    /// <summary>The URL of a queue resolved before.</summary>
    public string UrlOf(string name) =>
        _urls.TryGetValue(name, out var url) ? url : throw new InvalidOperationException($"SQS queue '{name}' has not been resolved yet.");

    /// <summary>Attributes the dead-letter queue is created with; every creator uses these, since SQS refuses a second create that differs.</summary>
    internal static Dictionary<string, string> DeadLetterAttributes() => new() { [QueueAttributeName.MessageRetentionPeriod] = "1209600" };

    /// <summary>Attributes every other queue is created with: the visibility timeout and the redrive to the dead-letter queue.</summary>
    internal static Dictionary<string, string> RedrivenAttributes(QueueOptions options, string deadLetterArn) => new()
    {
        [QueueAttributeName.VisibilityTimeout] = options.VisibilitySeconds.ToString(CultureInfo.InvariantCulture),
        [QueueAttributeName.RedrivePolicy] = RedrivePolicy(options, deadLetterArn),
    };

    private async Task<string> RedrivenUrlAsync(string name, CancellationToken cancellationToken)
    {
        if (_urls.TryGetValue(name, out var known))
        {
            return known;
        }

        var deadLetter = await DeadLetterUrlAsync(cancellationToken);
        var url = await FindAsync(name, cancellationToken);
        if (url is not null && aws.Value.CreateResources)
        {
            // An existing queue takes the current MaxReceiveCount.
            var policy = new Dictionary<string, string> { [QueueAttributeName.RedrivePolicy] = RedrivePolicy(Options, await DeadLetterArnAsync(deadLetter, cancellationToken)) };
            await sqs.SetQueueAttributesAsync(url, policy, cancellationToken);
        }

        url ??= (await sqs.CreateQueueAsync(
            new CreateQueueRequest { QueueName = name, Attributes = RedrivenAttributes(Options, await DeadLetterArnAsync(deadLetter, cancellationToken)) },
            cancellationToken)).QueueUrl;
        return _urls.GetOrAdd(name, url);
    }

    /// <summary>The queue's URL; null when it is missing and may be created.</summary>
    private async Task<string?> FindAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await sqs.GetQueueUrlAsync(name, cancellationToken)).QueueUrl;
        }
        catch (QueueDoesNotExistException) when (aws.Value.CreateResources)
        {
            // CreateQueue is idempotent, so silos starting together agree on one queue.
            return null;
        }
        catch (QueueDoesNotExistException)
        {
            throw new InvalidOperationException($"SQS queue '{name}' does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.");
        }
    }

    private async Task<string> DeadLetterArnAsync(string deadLetterUrl, CancellationToken cancellationToken) =>
        _deadLetterArn ??= (await sqs.GetQueueAttributesAsync(deadLetterUrl, [QueueAttributeName.QueueArn], cancellationToken)).QueueARN;

    private static string RedrivePolicy(QueueOptions options, string deadLetterArn) =>
        JsonSerializer.Serialize(new { deadLetterTargetArn = deadLetterArn, maxReceiveCount = options.MaxReceiveCount });
}
