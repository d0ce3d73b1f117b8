using Microsoft.Extensions.Logging;

namespace FaceClassifier.Jobs.Retention;

public sealed partial class RetentionSweeperGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep started: finished jobs are kept {Lifetime}, swept every {Interval}")]
    private static partial void LogStarted(ILogger logger, TimeSpan lifetime, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep stopped: jobs are kept forever")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep read {Read} index entries and deleted {Deleted} jobs (complete: {Complete})")]
    private static partial void LogSwept(ILogger logger, int read, int deleted, bool complete);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep could not delete job {JobId}; the next sweep tries again")]
    private static partial void LogExpiryFailed(ILogger logger, Exception exception, Guid jobId);
}
