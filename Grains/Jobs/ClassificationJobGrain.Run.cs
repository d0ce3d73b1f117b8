namespace FaceClassifier.Jobs;

/// <summary>The runner's side of the protocol: attempts, progress, stages, the outcome.</summary>
public sealed partial class ClassificationJobGrain : IJobRun
{
    private DateTimeOffset _lastRunnerContact = DateTimeOffset.MinValue;

    public async Task<JobWork?> BeginRunAsync()
    {
        if (!Exists)
        {
            return null;
        }

        Touch();
        if (S.Status == JobStatus.Processing)
        {
            if (S.Attempts < options.Value.MaxAttempts)
            {
                state.State = S with { Attempts = S.Attempts + 1, Stage = S.Stage == JobStage.Queued ? JobStage.Extracting : S.Stage };
                await SaveAsync();
                LogAttempt(logger, Id, S.Attempts);
                return new JobWork(Id, JobWorkKind.Analyse, S.VideoKey, S.Video!, S.Attempts);
            }

            await FinishAsync(JobStatus.Error, $"The video could not be processed after {S.Attempts} attempts.", null, null);
        }

        return HasNotificationWork() ? new JobWork(Id, JobWorkKind.NotifyOnly, S.VideoKey, S.Video!, S.Attempts) : null;
    }

    public async Task ReportProgressAsync(int chunkIndex, int framesDone)
    {
        if (!Exists || S.IsTerminal)
        {
            return;
        }

        Touch();
        _chunkFrames[chunkIndex] = Math.Max(framesDone, _chunkFrames.GetValueOrDefault(chunkIndex));
        if (framesDone > 0 && JobTransitions.CanAdvance(S.Status, S.Stage, JobStage.Analysing))
        {
            state.State = S with { Stage = JobStage.Analysing };
            await SaveAsync();
        }
    }

    public async Task<bool> AdvanceStageAsync(JobStage stage)
    {
        if (!Exists)
        {
            return false;
        }

        Touch();
        if (stage == S.Stage)
        {
            return true;
        }

        if (!JobTransitions.CanAdvance(S.Status, S.Stage, stage))
        {
            LogRefusedStage(logger, Id, S.Stage, stage);
            return false;
        }

        state.State = S with { Stage = stage };
        await SaveAsync();
        return true;
    }

    public async Task<bool> CompleteAsync(JobResult result, string? imageKey)
    {
        var completed = await FinishAsync(JobStatus.Completed, null, result, imageKey);

        // Also on a repeated call: a registration lost to a failure after the state was written is made good.
        if (completed && S.Status == JobStatus.Completed && S.Result is { } stored)
        {
            await RegisterFacesAsync(stored);
        }

        return completed;
    }

    public Task<bool> FailAsync(string message) => FinishAsync(JobStatus.Error, message, null, null);

    public async Task ReportAttemptFailedAsync(string message)
    {
        if (!Exists || S.IsTerminal)
        {
            return;
        }

        LogAttemptFailed(logger, Id, S.Attempts, message);
        if (S.Attempts >= options.Value.MaxAttempts)
        {
            await FinishAsync(JobStatus.Error, $"The video could not be processed: {message}", null, null);
            return;
        }

        // Let the next reminder tick dispatch a fresh attempt rather than retrying hot.
        _lastRunnerContact = DateTimeOffset.MinValue;
    }

    public async Task YieldAttemptAsync()
    {
        if (!Exists || S.Status != JobStatus.Processing || S.Attempts == 0)
        {
            return;
        }

        // A scale-in or deploy is not the video's fault: without this, three of them would fail the job.
        state.State = S with { Attempts = S.Attempts - 1 };
        await SaveAsync();
        LogAttemptYielded(logger, Id, S.Attempts);
    }

    private async Task<bool> FinishAsync(JobStatus status, string? error, JobResult? result, string? imageKey)
    {
        if (!Exists)
        {
            return false;
        }

        Touch();
        if (S.Status == status)
        {
            return true;
        }

        if (!JobTransitions.CanFinish(S.Status, status))
        {
            LogRefusedStatus(logger, Id, S.Status, status);
            return false;
        }

        var frames = result?.FramesAnalysed ?? Math.Max(S.FramesDone, _chunkFrames.Values.Sum());
        state.State = S with
        {
            Status = status,
            Stage = S.Stage < JobStage.Notifying ? JobStage.Notifying : S.Stage,
            Error = error,
            Result = result,
            ImageKey = imageKey,
            CompletedAt = Now,
            FramesDone = frames,
            FramesTotal = result is null ? Math.Max(frames, S.FramesTotal) : frames,
            Webhook = WebhookState.Pending,
        };
        await SaveAsync();
        instruments.Finished(status, S.CompletedAt!.Value - S.CreatedAt);
        LogFinished(logger, Id, status, error);
        return true;
    }

    private void Touch() => _lastRunnerContact = Now;
}
