using Microsoft.Extensions.Logging;

namespace FaceClassifier.Jobs;

public sealed partial class JobRunnerGrain
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Runner {JobId} woken ({Reason}); already running: {Running}")]
    private static partial void LogWoken(ILogger logger, Guid jobId, string reason, bool running);

    [LoggerMessage(Level = LogLevel.Error, Message = "Runner {JobId}: work stream error")]
    private static partial void LogStreamError(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Runner {JobId} stopped (cancelled or shutting down); the job resumes later")]
    private static partial void LogStopped(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId}: the video is not usable: {Reason}")]
    private static partial void LogInvalidVideo(ILogger logger, Guid jobId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId}: attempt {Attempt} failed")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, Guid jobId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: attempt {Attempt} could not reach a silo; it is not counted and runs again")]
    private static partial void LogAttemptHitUnreachableSilo(ILogger logger, Exception exception, Guid jobId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Runner {JobId}: the run failed; the job resumes later")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Runner {JobId}: run ended {Outcome}; {Count} deliveries settled: {Settlement}")]
    private static partial void LogSettled(ILogger logger, Guid jobId, RunOutcome outcome, int count, Settlement settlement);
}
