using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications.Delivery;

/// <summary>Runs delivery attempts with exponential backoff on the injected clock until one succeeds,
/// a failure is permanent, or the attempts run out; the result has no dead letter yet.</summary>
internal sealed partial class DeliveryRetrier(
    TimeProvider timeProvider, NotificationInstruments instruments, ILogger<DeliveryRetrier> logger)
{
    private const string Interrupted = "Delivery interrupted by shutdown";

    public async Task<NotificationResult> RunAsync(
        NotificationKind kind, Guid jobId, RetryPolicy policy, Func<CancellationToken, Task> attempt,
        CancellationToken cancellationToken)
    {
        for (var n = 1; ; n++)
        {
            DeliveryFailure failure;
            try
            {
                await attempt(cancellationToken);
                instruments.Sent(kind);
                return new NotificationResult(kind, true, n, null, null);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return Failed(kind, n, Interrupted);
            }
            catch (Exception exception)
            {
                failure = DeliveryFailure.From(exception);
            }

            if (!failure.Retryable || n >= policy.MaxAttempts)
            {
                LogGaveUp(logger, kind, jobId, n, failure.Retryable, failure.Message);
                return Failed(kind, n, failure.Message);
            }

            var delay = policy.DelayAfter(n, failure.RetryAfter, Random.Shared);
            LogRetrying(logger, kind, jobId, n, delay, failure.Message);
            instruments.Retried(kind);
            try
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return Failed(kind, n, $"{failure.Message} ({Interrupted})");
            }
        }
    }

    private static NotificationResult Failed(NotificationKind kind, int attempts, string error) =>
        new(kind, false, attempts, error, null);
}
