using FaceClassifier.Jobs;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Grains.Jobs;

/// <summary>
/// The PUT guard in each notification state, through the real job grain, runner and notifier. "Nothing
/// more was sent" is checked behind a barrier: a later PUT to a fresh address whose mail is awaited; the
/// notifier sends in claim order, so any extra mail would have been claimed before the barrier's.
/// </summary>
[Trait("Kind", "integration")]
[Collection(ServiceClusterCollection.Name)]
public sealed class PutGuardTests(ServiceClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Client;

    [Fact]
    public async Task Pending_put_is_applied_and_the_coming_mail_goes_to_the_new_address_with_the_new_name()
    {
        var (id, job, script) = await StartHeldAsync();

        var outcome = await job.UpdateContactAsync(new ContactUpdate("New Name", "second@example.com"));
        Assert.Equal(new ContactUpdateOutcome("New Name", "second@example.com", NotificationState.Pending), outcome);
        Assert.Equal(outcome, await job.UpdateContactAsync(new ContactUpdate("New Name", "second@example.com")));

        script.Release.SetResult();
        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        var mail = Assert.Single(fixture.Channel.EmailsFor(id));
        Assert.Equal(("second@example.com", "New Name"), (mail.Email, mail.Job.Name));
        Assert.Equal(NotificationState.Notified, done.Notification);
        Assert.Equal(("New Name", "second@example.com"), (done.Name, done.Email));
    }

    [Fact]
    public async Task Notified_put_that_keeps_the_address_answers_notified_and_sends_nothing()
    {
        var (id, job) = await CompletedAndNotifiedAsync();

        var nameOnly = await job.UpdateContactAsync(new ContactUpdate("Renamed", null));
        Assert.Equal(new ContactUpdateOutcome("Renamed", "first@example.com", NotificationState.Notified), nameOnly);
        var sameEmail = await job.UpdateContactAsync(new ContactUpdate(null, "FIRST@example.com"));
        Assert.Equal(NotificationState.Notified, sameEmail!.Notification);
        Assert.Equal(sameEmail, await job.UpdateContactAsync(new ContactUpdate(null, "FIRST@example.com")));

        await BarrierAsync(id, job, "barrier-1@example.com");
        Assert.Single(fixture.Channel.EmailsFor(id), m => m.Email == "first@example.com");
    }

    [Fact]
    public async Task Notified_put_with_a_new_address_sends_once_to_it_and_repeats_send_nothing_more()
    {
        var (id, job) = await CompletedAndNotifiedAsync();

        var changed = await job.UpdateContactAsync(new ContactUpdate("Ann New", "second@example.com"));
        Assert.Equal(new ContactUpdateOutcome("Ann New", "second@example.com", NotificationState.NotifiedToNewEmail), changed);
        await WaitForMailAsync(id, "second@example.com");
        Assert.Equal(changed, await job.UpdateContactAsync(new ContactUpdate("Ann New", "second@example.com")));

        // Back to the first address: it already has its mail.
        var back = await job.UpdateContactAsync(new ContactUpdate(null, "first@example.com"));
        Assert.Equal(NotificationState.Notified, back!.Notification);

        await BarrierAsync(id, job, "barrier-2@example.com");
        var mails = fixture.Channel.EmailsFor(id);
        Assert.Single(mails, m => m.Email == "first@example.com");
        var second = Assert.Single(mails, m => m.Email == "second@example.com");
        Assert.Equal("Ann New", second.Job.Name);
        Assert.Equal(3, mails.Count);
    }

    [Fact]
    public async Task A_dead_lettered_mail_marks_the_notification_failed_and_is_not_resent()
    {
        var id = Guid.NewGuid();
        fixture.Channel.FailFor($"broken-{id:N}@example.com");
        var job = _grains.GetGrain<IClassificationJob>(id);
        await job.SubmitAsync(TestJobs.Submission(id, email: $"broken-{id:N}@example.com"));
        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        Assert.Equal(NotificationState.Failed, done.Notification);

        var repeat = await job.UpdateContactAsync(new ContactUpdate("Other Name", null));
        Assert.Equal(NotificationState.Failed, repeat!.Notification);
        var moved = await job.UpdateContactAsync(new ContactUpdate(null, "working@example.com"));
        Assert.Equal(NotificationState.NotifiedToNewEmail, moved!.Notification);
        await WaitForMailAsync(id, "working@example.com");

        Assert.Single(fixture.Channel.EmailsFor(id), m => m.Email == $"broken-{id:N}@example.com");
        Assert.Equal(NotificationState.NotifiedToNewEmail, (await job.GetAsync())!.Notification);
    }

    [Fact]
    public async Task A_replayed_dead_letter_to_the_current_address_marks_the_job_notified()
    {
        var id = Guid.NewGuid();
        var address = $"flaky-{id:N}@example.com";
        fixture.Channel.FailFor(address);
        var job = _grains.GetGrain<IClassificationJob>(id);
        await job.SubmitAsync(TestJobs.Submission(id, email: address));
        Assert.Equal(NotificationState.Failed, (await TestJobs.WaitForDoneAsync(_grains, id)).Notification);

        await _grains.GetGrain<IJobNotifications>(id).RecordReplayedEmailAsync(address);
        Assert.Equal(NotificationState.Notified, (await job.GetAsync())!.Notification);
    }

    [Fact]
    public async Task Put_on_an_unknown_job_is_refused()
    {
        Assert.Null(await _grains.GetGrain<IClassificationJob>(Guid.NewGuid()).UpdateContactAsync(new ContactUpdate("X", null)));
    }

    private async Task<(Guid Id, IClassificationJob Job, AnalysisScript Script)> StartHeldAsync()
    {
        var id = Guid.NewGuid();
        var script = fixture.Analysis.For(id).Hold();
        var job = _grains.GetGrain<IClassificationJob>(id);
        await job.SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);
        return (id, job, script);
    }

    private async Task<(Guid Id, IClassificationJob Job)> CompletedAndNotifiedAsync()
    {
        var id = Guid.NewGuid();
        var job = _grains.GetGrain<IClassificationJob>(id);
        await job.SubmitAsync(TestJobs.Submission(id));
        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        Assert.Equal(NotificationState.Notified, done.Notification);
        Assert.Equal("first@example.com", Assert.Single(fixture.Channel.EmailsFor(id)).Email);
        return (id, job);
    }

    private async Task BarrierAsync(Guid id, IClassificationJob job, string address)
    {
        var outcome = await job.UpdateContactAsync(new ContactUpdate(null, address));
        Assert.Equal(NotificationState.NotifiedToNewEmail, outcome!.Notification);
        await WaitForMailAsync(id, address);
    }

    private Task WaitForMailAsync(Guid id, string address) =>
        Poll.UntilAsync(() => Task.FromResult(fixture.Channel.EmailsFor(id).FirstOrDefault(m => m.Email == address)), $"a mail to {address}");
}
