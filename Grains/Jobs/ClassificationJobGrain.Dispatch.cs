namespace FaceClassifier.Jobs;

/// <summary>Waking the runner through the work stream, and the reminder that resumes unfinished jobs.</summary>
public sealed partial class ClassificationJobGrain : IRemindable
{
    private const string ResumeReminder = "resume";
    private bool _reminderRegistered;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ResumeReminder)
        {
            return;
        }

        if (!Exists || !HasOutstandingWork())
        {
            await StopReminderAsync();
            return;
        }

        if (Now - _lastRunnerContact < options.Value.StallTimeout)
        {
            return;
        }

        LogResuming(logger, Id, S.Stage);
        await PublishAsync("resume");
    }

    private bool HasOutstandingWork() =>
        S.Status == JobStatus.Processing || HasNotificationWork() || InFlightEmail() is not null || WebhookInFlight();

    private async Task DispatchAsync(string reason)
    {
        if (!_reminderRegistered)
        {
            var period = options.Value.ResumeCheckPeriod;
            await this.RegisterOrUpdateReminder(ResumeReminder, period, period);
            _reminderRegistered = true;
        }

        await PublishAsync(reason);
    }

    private Task PublishAsync(string reason)
    {
        var stream = this.GetStreamProvider(JobStreams.Provider)
            .GetStream<JobWorkItem>(StreamId.Create(JobStreams.Namespace, Id));
        return stream.OnNextAsync(new JobWorkItem(Id, reason));
    }

    private async Task StopReminderAsync()
    {
        if (await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderRegistered = false;
    }
}
