using Microsoft.Extensions.Logging;

namespace FaceClassifier.Jobs.Retention;

/// <summary>
/// Has the sweeper register its reminder as each silo starts (once registered, the reminder keeps it alive). A failure
/// is logged, not fatal: the silo serves jobs without it, and the next silo start tries again.
/// </summary>
internal sealed partial class RetentionSweepStart(IGrainFactory grains, ILogger<RetentionSweepStart> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IRetentionSweeperGrain>(0).StartAsync().WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogStartFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention sweep could not register its reminder; finished jobs are not deleted until a silo starts it")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);
}
