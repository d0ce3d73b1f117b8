using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Jobs;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Grains.Jobs;

/// <summary>The job grain's lifecycle through the real runner, stream, storage and reminders.</summary>
[Trait("Kind", "integration")]
[Collection(ServiceClusterCollection.Name)]
public sealed class JobLifecycleTests(ServiceClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Client;

    [Fact]
    public async Task Submitted_job_completes_stores_its_result_and_mails_once()
    {
        var id = Guid.NewGuid();
        var result = new JobResult(
            [new PersonResult("p-1", "Ann", 0.93, 1.5, 7.25, 12, 3.5)],
            [new UnknownFaceResult("unknown person 1", 4, 2, 4.5)],
            16, 20, 10);
        fixture.Analysis.For(id).Result = result;

        var submitted = await _grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        Assert.Equal(JobStatus.Processing, submitted.Status);
        Assert.Equal(JobStage.Queued, submitted.Stage);
        Assert.Equal(new JobProgress(0, 20), submitted.Progress);

        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        Assert.Equal(JobStatus.Completed, done.Status);
        Assert.Equivalent(result, done.Result, strict: true);
        Assert.Equal(new JobProgress(20, 20), done.Progress);
        Assert.NotNull(done.CompletedAt);
        Assert.Equal(NotificationState.Notified, done.Notification);
        Assert.Equal(WebhookState.None, done.Webhook);
        var mail = Assert.Single(fixture.Channel.EmailsFor(id));
        Assert.Equal("first@example.com", mail.Email);
        Assert.Equal("Ann Example", mail.Job.Name);
        Assert.Equal(JobStatus.Completed, mail.Job.Status);
        Assert.Equal(["Ann"], mail.Job.Result!.People.Select(p => p.Name));
        Assert.Single(mail.Job.Result!.UnknownFaces);
        Assert.Equal(id, mail.Job.Id);
        Assert.Equal(1, fixture.Analysis.For(id).RunCount);
    }

    [Fact]
    public async Task Stages_only_move_forward_and_notifying_waits_for_the_end()
    {
        var id = Guid.NewGuid();
        var (script, job, run) = await SubmitHeldAsync(id);

        Assert.Equal(JobStage.Extracting, (await job.GetAsync())!.Stage);
        Assert.False(await run.AdvanceStageAsync(JobStage.Queued));
        Assert.True(await run.AdvanceStageAsync(JobStage.Extracting));
        Assert.True(await run.AdvanceStageAsync(JobStage.Analysing));
        Assert.False(await run.AdvanceStageAsync(JobStage.Extracting));
        Assert.False(await run.AdvanceStageAsync(JobStage.Notifying));
        Assert.False(await run.AdvanceStageAsync(JobStage.Done));
        Assert.True(await run.AdvanceStageAsync(JobStage.Rendering));
        Assert.Equal(JobStage.Rendering, (await job.GetAsync())!.Stage);

        script.Release.SetResult();
        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        Assert.Equal(JobStatus.Completed, done.Status);
        Assert.False(await run.AdvanceStageAsync(JobStage.Notifying));
    }

    [Fact]
    public async Task A_terminal_status_never_changes_and_repeats_are_harmless()
    {
        var id = Guid.NewGuid();
        var job = _grains.GetGrain<IClassificationJob>(id);
        var run = _grains.GetGrain<IJobRun>(id);
        await job.SubmitAsync(TestJobs.Submission(id));
        var done = await TestJobs.WaitForDoneAsync(_grains, id);

        Assert.False(await run.FailAsync("too late"));
        Assert.True(await run.CompleteAsync(new JobResult([], [], 99, 99, 99), null));
        Assert.Null(await run.BeginRunAsync());
        await run.ReportAttemptFailedAsync("also too late");
        var after = (await job.GetAsync())!;
        Assert.Equal(JobStatus.Completed, after.Status);
        Assert.Null(after.Error);
        Assert.Equivalent(done.Result, after.Result, strict: true);
        Assert.Equal(done.CompletedAt, after.CompletedAt);
        Assert.Single(fixture.Channel.EmailsFor(id));
    }

    [Fact]
    public async Task Submitting_again_during_and_after_the_run_keeps_the_first_job_and_runs_and_mails_it_once()
    {
        var id = Guid.NewGuid();
        var script = fixture.Analysis.For(id).Hold();
        var job = _grains.GetGrain<IClassificationJob>(id);
        await job.SubmitAsync(TestJobs.Submission(id));
        var again = await job.SubmitAsync(TestJobs.Submission(id, email: "other@example.com", name: "Other"));
        Assert.Equal("Ann Example", again.Name);
        Assert.Equal("first@example.com", again.Email);

        script.Release.SetResult();
        await TestJobs.WaitForDoneAsync(_grains, id);

        // A duplicate after the end wakes the runner once more; it finds nothing due. A later PUT to a new
        // address is the barrier: its mail is claimed after anything the duplicate could have caused.
        await job.SubmitAsync(TestJobs.Submission(id));
        await job.UpdateContactAsync(new ContactUpdate(null, "barrier@example.com"));
        await Poll.UntilAsync(() => Task.FromResult(fixture.Channel.EmailsFor(id).FirstOrDefault(m => m.Email == "barrier@example.com")), "the barrier mail");
        Assert.Equal(1, script.RunCount);
        Assert.Equal(["first@example.com", "barrier@example.com"], fixture.Channel.EmailsFor(id).Select(m => m.Email));
    }

    [Fact]
    public async Task An_unusable_video_ends_in_error_with_its_message_and_a_failure_mail()
    {
        var id = Guid.NewGuid();
        fixture.Analysis.For(id).Failure = new InvalidVideoException("the video has no decodable frames");
        await _grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));

        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        Assert.Equal(JobStatus.Error, done.Status);
        Assert.Equal("the video has no decodable frames", done.Error);
        Assert.Null(done.Result);
        var mail = Assert.Single(fixture.Channel.EmailsFor(id));
        Assert.Equal(JobStatus.Error, mail.Job.Status);
        Assert.Equal("the video has no decodable frames", mail.Job.Error);
        Assert.Null(mail.Job.ImageKey);
    }

    [Fact]
    public async Task Attempts_handed_back_by_a_stopping_silo_do_not_count_against_the_job()
    {
        var id = Guid.NewGuid();
        var (script, _, run) = await SubmitHeldAsync(id);

        // Five more runs, each handed back by a silo shutting down: far past MaxAttempts (3), yet still analysable.
        for (var i = 0; i < 5; i++)
        {
            var work = await run.BeginRunAsync();
            Assert.Equal(JobWorkKind.Analyse, work?.Kind);
            await run.YieldAttemptAsync();
        }

        script.Release.SetResult();
        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        Assert.Equal(JobStatus.Completed, done.Status);
    }

    [Fact]
    public async Task Unexpected_failures_are_retried_by_the_reminder_then_end_in_error()
    {
        var id = Guid.NewGuid();
        var script = fixture.Analysis.For(id);
        script.Failure = new InvalidOperationException("internal detail that must not reach the user");
        await _grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));

        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        Assert.Equal(JobStatus.Error, done.Status);
        Assert.Equal("The video could not be processed: an internal error occurred while analysing the video", done.Error);
        Assert.Equal(3, script.RunCount);
        Assert.Single(fixture.Channel.EmailsFor(id));
    }

    [Fact]
    public async Task Attempts_that_could_not_reach_a_silo_are_not_counted_and_the_job_completes()
    {
        var id = Guid.NewGuid();
        var script = fixture.Analysis.For(id);
        script.Failure = new SiloUnavailableException("silo S127.0.0.1:11111 is gone");
        script.FailingRuns = 5;
        await _grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));

        var done = await TestJobs.WaitForDoneAsync(_grains, id);
        Assert.Equal((JobStatus.Completed, 6), (done.Status, script.RunCount));
    }

    [Fact]
    public void Only_unreachable_silos_count_as_cluster_faults()
    {
        Assert.True(ClusterFaults.IsUnreachableSilo(new SiloUnavailableException("gone")));
        Assert.True(ClusterFaults.IsUnreachableSilo(new InvalidOperationException("wrapped", new SiloUnavailableException("gone"))));
        Assert.False(ClusterFaults.IsUnreachableSilo(new InvalidOperationException("a bug")));
        Assert.False(ClusterFaults.IsUnreachableSilo(new TimeoutException()));
    }

    [Fact]
    public async Task Progress_reports_move_the_job_to_analysing_and_count_frames()
    {
        var id = Guid.NewGuid();
        var (script, _, run) = await SubmitHeldAsync(id);

        await run.ReportProgressAsync(0, 3);
        await run.ReportProgressAsync(1, 4);
        await run.ReportProgressAsync(0, 2);
        var snapshot = await TestJobs.WaitForAsync(_grains, id, s => s.Progress.FramesDone == 7, "7 frames done");
        Assert.Equal(JobStage.Analysing, snapshot.Stage);
        Assert.Equal(new JobProgress(7, 20), snapshot.Progress);

        script.Release.SetResult();
        await TestJobs.WaitForDoneAsync(_grains, id);
    }

    /// <summary>Submits a job whose analysis has started and waits for <see cref="AnalysisScript.Release"/>.</summary>
    private async Task<(AnalysisScript Script, IClassificationJob Job, IJobRun Run)> SubmitHeldAsync(Guid id)
    {
        var script = fixture.Analysis.For(id).Hold();
        var job = _grains.GetGrain<IClassificationJob>(id);
        await job.SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);
        return (script, job, _grains.GetGrain<IJobRun>(id));
    }
}
