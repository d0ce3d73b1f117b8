namespace FaceClassifier.Jobs;

/// <summary>How a runner's run ended (its last pass, when deliveries asked for more than one).</summary>
public enum RunOutcome
{
    /// <summary>The job had nothing due: finished and notified, notifications in flight elsewhere, deleted or unknown.</summary>
    NothingDue,

    /// <summary>The job reached completed or failed and its notifications were sent (inline) or queued (SQS).</summary>
    Finished,

    /// <summary>The job refused the outcome: it was deleted or finished meanwhile.</summary>
    Refused,

    /// <summary>The attempt failed and was reported; the job grain schedules the next attempt (or gives up) itself.</summary>
    AttemptFailed,

    /// <summary>The run was stopped before it ended: host shutdown, deactivation, or the job being deleted.</summary>
    Cancelled,

    /// <summary>The run failed unexpectedly (a grain or AWS call threw); the job's own state is unchanged.</summary>
    Faulted,
}

/// <summary>What becomes of the queue messages that woke a run.</summary>
public enum Settlement
{
    /// <summary>Delete them: nothing they asked for is left to do here.</summary>
    Complete,

    /// <summary>Make them visible now: another silo picks the job up at once and resumes from the chunk checkpoint.</summary>
    HandBack,

    /// <summary>Stop extending them: they reappear after the visibility timeout and count towards the dead-letter redrive.</summary>
    Release,
}

/// <summary>The runner's settle rule, kept pure so that it is tested on its own.</summary>
public static class RunSettlement
{
    /// <summary>
    /// Deliveries are deleted once the job needs them no more — finished, nothing due, refused, deleted, or a failed
    /// attempt, whose retry the job grain's reminder publishes as a new message after its stall timeout (handing the
    /// old one back would start the retry hot and twice). A run stopped by shutdown or deactivation hands its deliveries
    /// back; an unexpected fault releases them, so a message that keeps failing ends in the dead-letter queue.
    /// </summary>
    public static Settlement Decide(RunOutcome outcome, bool hostStopping, bool forgotten) => outcome switch
    {
        _ when forgotten => Settlement.Complete,
        RunOutcome.Cancelled => Settlement.HandBack,
        RunOutcome.Faulted when hostStopping => Settlement.HandBack,
        RunOutcome.Faulted => Settlement.Release,
        _ => Settlement.Complete,
    };
}
