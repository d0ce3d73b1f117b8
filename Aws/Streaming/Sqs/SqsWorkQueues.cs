using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>
/// The work queues of one SQS stream provider and their dead-letter queue: their URLs, and their creation (with the
/// redrive policy) when resources may be created; otherwise a missing queue is an error naming it.
/// </summary>
public sealed class SqsWorkQueues(IAmazonSQS sqs, SqsStreamOptions options, bool createResources)
{
    /// <summary>Attributes the dead-letter queue is created with; every creator uses these, since SQS refuses a second create that differs.</summary>
    internal static Dictionary<string, string> DeadLetterAttributes() => new() { [QueueAttributeName.MessageRetentionPeriod] = "1209600" };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Resolved? _resolved;

    /// <summary>The work queue names, in queue order.</summary>
    public IReadOnlyList<string> Names { get; } = options.QueueNames();

    public string DeadLetterName => options.DeadLetterName;

    /// <summary>The work queue URLs, in queue order.</summary>
    public IReadOnlyList<string> Urls => Ready.WorkUrls;

    public string DeadLetterUrl => Ready.DeadLetterUrl;

    /// <summary>The URL of the work queue called <paramref name="name"/>.</summary>
    public string UrlOf(string name) => Ready.WorkUrls[IndexOf(name)];

    /// <summary>Finds (or creates) every queue once; later calls return at once.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (_resolved is not null)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _resolved ??= createResources ? await CreateAsync(cancellationToken) : await FindAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Resolved Ready => _resolved ?? throw new InvalidOperationException("The SQS queues have not been resolved yet (EnsureAsync).");

    private int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{name}' is not one of this provider's work queues.", nameof(name));
    }

    private async Task<Resolved> FindAsync(CancellationToken cancellationToken)
    {
        var deadLetter = await UrlAsync(DeadLetterName, cancellationToken);
        var work = new List<string>(Names.Count);
        foreach (var name in Names)
        {
            work.Add(await UrlAsync(name, cancellationToken));
        }

        return new Resolved(work, deadLetter);
    }

    private async Task<string> UrlAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await sqs.GetQueueUrlAsync(name, cancellationToken)).QueueUrl;
        }
        catch (QueueDoesNotExistException)
        {
            throw new InvalidOperationException(
                $"SQS queue '{name}' does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.");
        }
    }

    private async Task<Resolved> CreateAsync(CancellationToken cancellationToken)
    {
        var deadLetter = await sqs.CreateQueueAsync(
            new CreateQueueRequest { QueueName = DeadLetterName, Attributes = DeadLetterAttributes() },
            cancellationToken);
        var arn = (await sqs.GetQueueAttributesAsync(deadLetter.QueueUrl, [QueueAttributeName.QueueArn], cancellationToken)).QueueARN;
        var redrive = JsonSerializer.Serialize(new { deadLetterTargetArn = arn, maxReceiveCount = options.MaxReceiveCount });
        var work = await Task.WhenAll(Names.Select(name => CreateWorkQueueAsync(name, redrive, cancellationToken)));
        return new Resolved(work, deadLetter.QueueUrl);
    }

    private async Task<string> CreateWorkQueueAsync(string name, string redrive, CancellationToken cancellationToken)
    {
        // Created bare, then given the policy: an existing queue keeps its URL and takes the current MaxReceiveCount.
        var url = (await sqs.CreateQueueAsync(name, cancellationToken)).QueueUrl;
        await sqs.SetQueueAttributesAsync(url, new Dictionary<string, string> { [QueueAttributeName.RedrivePolicy] = redrive }, cancellationToken);
        return url;
    }

    private sealed record Resolved(IReadOnlyList<string> WorkUrls, string DeadLetterUrl);
}
