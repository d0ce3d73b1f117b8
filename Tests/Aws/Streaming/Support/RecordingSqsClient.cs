using System.Collections.Concurrent;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Aws;

namespace FaceClassifier.Tests.Aws.Streaming.Support;

/// <summary>An SQS client for the local server that records every ChangeMessageVisibilityBatch request it sends.</summary>
internal sealed class RecordingSqsClient(AwsOptions options) : AmazonSQSClient(new AmazonSQSConfig { ServiceURL = options.Sqs.ServiceUrl })
{
    public ConcurrentQueue<ChangeMessageVisibilityBatchRequest> VisibilityBatches { get; } = new();

    public override Task<ChangeMessageVisibilityBatchResponse> ChangeMessageVisibilityBatchAsync(
        ChangeMessageVisibilityBatchRequest request, CancellationToken cancellationToken = default)
    {
        VisibilityBatches.Enqueue(request);
        return base.ChangeMessageVisibilityBatchAsync(request, cancellationToken);
    }
}
