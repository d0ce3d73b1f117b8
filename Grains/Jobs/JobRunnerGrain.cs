using FaceClassifier.Analysis;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Streaming;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace FaceClassifier.Jobs;

/// <summary>
/// Runs one job (same Guid as the job), woken by the job work stream through an implicit subscription.
/// A delivery only starts a run (a grain timer that interleaves), so the stream is never blocked and
/// duplicate deliveries while running just ask for one more pass. The job grain decides what is due.
/// Queue deliveries are held in flight for the whole run and settled with it (see <see cref="RunSettlement"/>).
/// </summary>
[ImplicitStreamSubscription(JobStreams.Namespace)]
public sealed partial class JobRunnerGrain(
    [PersistentState("chunks", StorageNames.Jobs)] IPersistentState<RunnerState> checkpoint,
    IJobAnalysis analysis,
    IJobNotificationDispatch notifications,
    IWorkLeases leases,
    IHostApplicationLifetime lifetime,
    ILogger<JobRunnerGrain> logger)
    : Grain, IJobRunnerGrain, IStreamSubscriptionObserver, IAsyncObserver<JobWorkItem>
{
    private CancellationTokenSource? _run;
    private IGrainTimer? _timer;
    private bool _again;
    private bool _forgotten;

    private Guid Id => this.GetPrimaryKey();

    private IJobRun Job => GrainFactory.GetGrain<IJobRun>(Id);

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<JobWorkItem>().ResumeAsync(this);

    public Task OnNextAsync(JobWorkItem item, StreamSequenceToken? token = null)
    {
        LogWoken(logger, Id, item.Reason, _run is not null);
        if (_run is null && lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // This silo is leaving: the delivery is not held, so it reappears for another silo after its visibility
            // timeout (handing it back now could bring it straight back here, and start an attempt that cannot finish).
            return Task.CompletedTask;
        }

        Hold(token);
        if (_run is not null)
        {
            _again = true;
            return Task.CompletedTask;
        }

        // Stop with the host, not after it: shutdown would otherwise wait for the run to finish.
        _run = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        _timer = this.RegisterGrainTimer(
            RunAsync,
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        LogStreamError(logger, ex, Id);
        return Task.CompletedTask;
    }

    public Task<bool> IsRunningAsync() => Task.FromResult(_run is not null);

    public async Task ForgetAsync()
    {
        if (_run is { } run)
        {
            _forgotten = true;
            await run.CancelAsync();
        }

        await ClearCheckpointAsync();
    }

    private async Task RunAsync(CancellationToken timerToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(timerToken, _run!.Token);
        RunOutcome outcome;
        try
        {
            do
            {
                _again = false;
                outcome = await RunOnceAsync(stop.Token);
            }
            while (_again && !stop.IsCancellationRequested);

            if (_again)
            {
                outcome = RunOutcome.Cancelled;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            LogStopped(logger, Id);
            outcome = RunOutcome.Cancelled;
        }
        catch (Exception ex)
        {
            LogRunFailed(logger, ex, Id);
            outcome = RunOutcome.Faulted;
        }
        finally
        {
            _timer?.Dispose();
            _timer = null;
            _run.Dispose();
            _run = null;
        }

        await SettleAsync(outcome);
    }

    private async Task<RunOutcome> RunOnceAsync(CancellationToken cancellationToken)
    {
        // Stopped before it began: no attempt is spent.
        cancellationToken.ThrowIfCancellationRequested();
        var job = Job;
        if (await job.BeginRunAsync() is not { } work)
        {
            return RunOutcome.NothingDue;
        }

        if (work.Kind == JobWorkKind.Analyse && await AnalyseAsync(job, work, cancellationToken) is { } stopped)
        {
            return stopped;
        }

        await notifications.DispatchAsync(GrainFactory.GetGrain<IJobNotifications>(Id), cancellationToken);
        return RunOutcome.Finished;
    }

    /// <summary>Runs the analysis and reports its outcome; null when the job goes on to notifying, else why not.</summary>
    private async Task<RunOutcome?> AnalyseAsync(IJobRun job, JobWork work, CancellationToken cancellationToken)
    {
        bool finished;
        try
        {
            var outcome = await analysis.AnalyzeAsync(work, this, cancellationToken);
            finished = await job.CompleteAsync(outcome.Result, outcome.ImageKey);
        }
        catch (Exception ex) when (ex is InvalidVideoException or InvalidImageException)
        {
            LogInvalidVideo(logger, Id, ex.Message);
            finished = await job.FailAsync(ex.Message);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested && !_forgotten)
        {
            await job.YieldAttemptAsync();
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ClusterFaults.IsUnreachableSilo(ex))
        {
            // A silo died and the cluster has not noticed yet: not the video's fault, so the attempt is not counted and
            // the reminder tries again once membership has moved the silo's grains elsewhere.
            LogAttemptHitUnreachableSilo(logger, ex, Id, work.Attempt);
            await job.YieldAttemptAsync();
            await job.ReportAttemptFailedAsync("a silo of the cluster could not be reached");
            return RunOutcome.AttemptFailed;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogAttemptFailed(logger, ex, Id, work.Attempt);
            await job.ReportAttemptFailedAsync("an internal error occurred while analysing the video");
            return RunOutcome.AttemptFailed;
        }

        // The result is stored; the chunks' descriptors are not needed any more.
        await ClearCheckpointAsync();
        return finished ? null : RunOutcome.Refused;
    }
}
