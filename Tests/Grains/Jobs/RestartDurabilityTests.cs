using FaceClassifier.Jobs;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Grains.Support;

namespace FaceClassifier.Tests.Grains.Jobs;

/// <summary>
/// Stop the silo mid-job and start a new one over the same data folder: the unfinished job resumes (its
/// reminder is in the file reminder table) and completes with its checkpointed chunks handed back; a job
/// that had finished keeps its result and is not mailed again.
/// </summary>
[Trait("Kind", "integration")]
public sealed class RestartDurabilityTests : IAsyncLifetime
{
    private readonly string _data = TestAssets.TempDirectory();
    private readonly string _serviceId = $"restart-{Guid.NewGuid():N}";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_unfinished_job_resumes_after_a_restart_and_a_finished_one_keeps_its_result()
    {
        var (running, finished) = (Guid.NewGuid(), Guid.NewGuid());
        var result = new JobResult([new PersonResult("p-9", "Zoe", 0.88, 0.5, 9.5, 19, 4)], [], 19, 20, 10);

        var firstAnalysis = new ScriptedJobAnalysis();
        var firstChannel = new RecordingNotificationChannel();
        firstAnalysis.For(finished).Result = result;
        var held = firstAnalysis.For(running).Hold();
        held.Checkpoint = JobDeletionTests.Chunk(0);
        await using (var first = await ServiceCluster.StartAsync(_data, firstAnalysis, firstChannel, _serviceId))
        {
            await first.Client.GetGrain<IClassificationJob>(finished).SubmitAsync(TestJobs.Submission(finished));
            await TestJobs.WaitForDoneAsync(first.Client, finished);
            await first.Client.GetGrain<IClassificationJob>(running).SubmitAsync(TestJobs.Submission(running, email: "waiting@example.com"));
            await held.Started.Task.WaitAsync(Poll.DefaultTimeout);
            await first.Client.GetGrain<IClassificationJob>(running).UpdateContactAsync(new ContactUpdate("Renamed Before Restart", null));
            await first.StopAllSilosAsync();
        }

        Assert.Single(firstChannel.EmailsFor(finished));
        Assert.Empty(firstChannel.EmailsFor(running));

        var secondAnalysis = new ScriptedJobAnalysis();
        var secondChannel = new RecordingNotificationChannel();
        secondAnalysis.For(running).Result = result;
        await using var second = await ServiceCluster.StartAsync(_data, secondAnalysis, secondChannel, _serviceId);

        var resumed = await TestJobs.WaitForDoneAsync(second.Client, running);
        Assert.Equal(JobStatus.Completed, resumed.Status);
        Assert.Equivalent(result, resumed.Result, strict: true);
        Assert.Equal(("Renamed Before Restart", "waiting@example.com"), (resumed.Name, resumed.Email));
        Assert.Equal(1, secondAnalysis.For(running).RunCount);
        Assert.Equal(0, Assert.Single(secondAnalysis.For(running).Loaded).ChunkIndex);
        var mail = Assert.Single(secondChannel.EmailsFor(running));
        Assert.Equal(("waiting@example.com", "Renamed Before Restart"), (mail.Email, mail.Job.Name));

        var kept = (await second.Client.GetGrain<IClassificationJob>(finished).GetAsync())!;
        Assert.Equal((JobStatus.Completed, JobStage.Done), (kept.Status, kept.Stage));
        Assert.Equivalent(result, kept.Result, strict: true);
        Assert.Empty(secondChannel.EmailsFor(finished));
    }

    [Fact]
    public async Task A_mail_in_flight_when_the_silo_stops_is_not_handed_out_again_by_the_job_activated_anew()
    {
        var id = Guid.NewGuid();
        var firstAnalysis = new ScriptedJobAnalysis();
        var firstChannel = new RecordingNotificationChannel();
        var sending = firstChannel.HoldFor("slow@example.com");
        await using (var first = await ServiceCluster.StartAsync(_data, firstAnalysis, firstChannel, _serviceId))
        {
            await first.Client.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id, email: "slow@example.com", webhook: "https://hooks.example.com/done"));
            await sending.WaitAsync(Poll.DefaultTimeout);
            await first.StopAllSilosAsync();
        }

        var secondChannel = new RecordingNotificationChannel();
        await using var second = await ServiceCluster.StartAsync(_data, new ScriptedJobAnalysis(), secondChannel, _serviceId);

        // The resumed job's notifier claims the mail first, then the webhook: the webhook going out shows the mail was
        // asked for and, still in flight under Jobs:NotificationLease, not handed out a second time.
        await Poll.UntilAsync(() => Task.FromResult(secondChannel.WebhooksFor(id).Count > 0 ? "sent" : null), "the resumed job's webhook");
        Assert.Empty(secondChannel.EmailsFor(id));
    }
}
