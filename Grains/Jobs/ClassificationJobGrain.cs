using FaceClassifier.Analysis;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs.Index;
using FaceClassifier.Jobs.Retention;
using FaceClassifier.Gallery;
using FaceClassifier.Learning;
using FaceClassifier.Metrics;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Jobs;

/// <summary>
/// Owns one job: its lifecycle (validated, forward-only), result, and notification guard. Every method
/// is one non-reentrant turn, so check-and-update never interleaves. Each caller has its own interface and
/// partial file: the API (<see cref="IClassificationJob"/>), the runner (<see cref="IJobRun"/>), the notifier
/// (<see cref="IJobNotifications"/>), the retention sweeper (<see cref="IJobRetention"/>) and the resume reminder; naming and rejecting faces is the API's too (Faces file). Every state
/// write goes through <see cref="SaveAsync"/>, which keeps the job's entry in the jobs list and tells the statistics grain when the
/// job's phase moved.
/// </summary>
public sealed partial class ClassificationJobGrain(
    [PersistentState("job", StorageNames.Jobs)] IPersistentState<JobState> state,
    IOptions<JobOptions> options,
    IOptions<AnalysisOptions> analysis,
    IOptions<RetentionOptions> retention,
    IBlobStore blobs,
    IJobIndex index,
    IGallery gallery,
    FaceArchiveStore archives,
    TimeProvider time,
    JobInstruments instruments,
    ILogger<ClassificationJobGrain> logger) : Grain
{
    private readonly Dictionary<int, int> _chunkFrames = [];
    private JobPhase? _phase;

    private JobState S => state.State;

    private bool Exists => state.RecordExists && !S.Deleted;

    private Guid Id => this.GetPrimaryKey();

    private DateTimeOffset Now => time.GetUtcNow();

    private IJobStatisticsGrain Statistics => GrainFactory.GetGrain<IJobStatisticsGrain>(0);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _phase = CurrentPhase();

        // A report lost with a crashed silo would leave the job counted as open for ever; the replay repairs that.
        if (_phase is { } phase && phase != JobPhase.Deleted)
        {
            Statistics.ReportAsync(new JobPhaseChange(Id, null, phase, Replay: true)).Ignore();
        }

        return Task.CompletedTask;
    }

    private async Task SaveAsync()
    {
        await state.WriteStateAsync();
        await IndexAsync();
        if (CurrentPhase() is { } phase && phase != _phase)
        {
            // Not awaited: a slow statistics grain never holds a job; a lost report is repaired by the replay above.
            Statistics.ReportAsync(new JobPhaseChange(Id, _phase, phase)).Ignore();
            _phase = phase;
        }
    }

    private JobPhase? CurrentPhase() => state.RecordExists ? JobTransitions.PhaseOf(S) : null;

    private JobSnapshot Snapshot()
    {
        var done = S.IsTerminal ? S.FramesDone : Math.Max(S.FramesDone, _chunkFrames.Values.Sum());
        return new JobSnapshot(
            Id, S.Name, S.Email, S.Status, S.Stage, new JobProgress(done, Math.Max(done, S.FramesTotal)),
            S.Error, S.CreatedAt, S.CompletedAt, S.Mail.State, S.Webhook, S.Result, S.VideoKey, S.ImageKey, S.WebhookUrl, S.Video!)
        {
            ExpiresAt = ExpiresAt(),
        };
    }
}
