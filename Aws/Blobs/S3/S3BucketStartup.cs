using Microsoft.Extensions.Hosting;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>Checks (or creates) the bucket when the host starts, so a missing bucket stops start-up with a clear error.</summary>
internal sealed class S3BucketStartup(S3Bucket bucket) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => bucket.EnsureAsync(cancellationToken).AsTask();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
