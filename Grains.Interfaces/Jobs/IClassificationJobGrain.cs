using Orleans.Concurrency;

namespace FaceClassifier.Jobs;

/// <summary>One classification job: owns its lifecycle, result and the notification (PUT) guard.</summary>
public interface IClassificationJobGrain : IGrainWithGuidKey
{
    /// <summary>Creates the job and queues it; a repeat returns the existing job unchanged.</summary>
    Task<JobSnapshot> SubmitAsync(JobSubmission submission);

    /// <summary>The job, or null when it does not exist or was deleted.</summary>
    Task<JobSnapshot?> GetAsync();

    /// <summary>Applies a PUT in one turn and answers with the notification state; null for an unknown job.</summary>
    Task<ContactUpdateOutcome?> UpdateContactAsync(ContactUpdate update);

    /// <summary>Deletes the job's video, frames and stored descriptors; false for an unknown job.</summary>
    Task<bool> DeleteAsync();

    /// <summary>Runner: starts an attempt and says what to do, or null when nothing is outstanding.</summary>
    Task<JobWork?> BeginRunAsync();

    /// <summary>Runner: frames analysed so far by one chunk (best effort, not persisted on every call).</summary>
    [OneWay]
    Task ReportProgressAsync(int chunkIndex, int framesDone);

    /// <summary>Runner: moves the stage forward; false when the move is not allowed.</summary>
    Task<bool> AdvanceStageAsync(JobStage stage);

    /// <summary>Runner: stores the result and marks the job completed; false when it is already terminal otherwise.</summary>
    Task<bool> CompleteAsync(JobResult result, string? imageKey);

    /// <summary>Runner: marks the job failed with a user-readable message; false when already terminal otherwise.</summary>
    Task<bool> FailAsync(string message);

    /// <summary>Runner: an attempt broke unexpectedly; the job retries later or fails after its last attempt.</summary>
    Task ReportAttemptFailedAsync(string message);

    /// <summary>Runner: its silo is stopping and hands the attempt back unfinished; it does not count against the job's attempts.</summary>
    Task YieldAttemptAsync();

    /// <summary>Notifier: the next address to mail, marked in flight in this turn; null when none is due.</summary>
    Task<EmailTask?> ClaimEmailAsync();

    /// <summary>Notifier: what happened to the mail for a claimed address.</summary>
    Task ReportEmailAsync(string email, DeliveryOutcome outcome);

    /// <summary>Notifier: the webhook call if one is due, marked in flight; null otherwise.</summary>
    Task<WebhookTask?> ClaimWebhookAsync();

    /// <summary>Notifier: what happened to the webhook call.</summary>
    Task ReportWebhookAsync(DeliveryOutcome outcome);

    /// <summary>Admin: a dead-lettered mail to this address was replayed successfully.</summary>
    Task RecordReplayedEmailAsync(string email);
}
