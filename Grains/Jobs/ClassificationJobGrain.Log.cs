using Microsoft.Extensions.Logging;

namespace FaceClassifier.Jobs;

public sealed partial class ClassificationJobGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} submitted ({DurationSeconds:F1} s of video)")]
    private static partial void LogSubmitted(ILogger logger, Guid jobId, double durationSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} contact updated; notification state {State}")]
    private static partial void LogContactUpdated(ILogger logger, Guid jobId, NotificationState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} deleted with its video, frames and descriptors")]
    private static partial void LogDeleted(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} was kept until {ExpiresAt:O} and is deleted by the retention sweep")]
    private static partial void LogExpired(ILogger logger, Guid jobId, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} attempt {Attempt} started")]
    private static partial void LogAttempt(ILogger logger, Guid jobId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId}: its silo is stopping; the attempt is handed back ({Attempts} counted)")]
    private static partial void LogAttemptYielded(ILogger logger, Guid jobId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} attempt {Attempt} failed: {Reason}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid jobId, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: refused stage move {From} -> {To}")]
    private static partial void LogRefusedStage(ILogger logger, Guid jobId, JobStage from, JobStage to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: refused status move {From} -> {To}")]
    private static partial void LogRefusedStatus(ILogger logger, Guid jobId, JobStatus from, JobStatus to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} finished: {Status} {Error}")]
    private static partial void LogFinished(ILogger logger, Guid jobId, JobStatus status, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} email: {Outcome}")]
    private static partial void LogEmailReported(ILogger logger, Guid jobId, DeliveryOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} webhook: {Outcome}")]
    private static partial void LogWebhookReported(ILogger logger, Guid jobId, DeliveryOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} resumed by its reminder at stage {Stage}")]
    private static partial void LogResuming(ILogger logger, Guid jobId, JobStage stage);
}
