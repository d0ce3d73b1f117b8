using FaceClassifier.Metrics;

namespace FaceClassifier.Jobs;

/// <summary>Every state write goes through <see cref="SaveAsync"/>, which tells the statistics grain when the job's phase moved.</summary>
public sealed partial class ClassificationJobGrain
{
    private JobPhase? _phase;

    private IJobStatisticsGrain Statistics => GrainFactory.GetGrain<IJobStatisticsGrain>(0);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _phase = CurrentPhase();

        // A report lost with a crashed silo would leave the job counted as open for ever; the replay repairs that.
        if (_phase is { } phase && phase != JobPhase.Deleted)
        {
            _ = Statistics.ReportAsync(new JobPhaseChange(Id, null, phase, Replay: true));
        }

        return Task.CompletedTask;
    }

    private async Task SaveAsync()
    {
        await state.WriteStateAsync();
        if (CurrentPhase() is { } phase && phase != _phase)
        {
            _ = Statistics.ReportAsync(new JobPhaseChange(Id, _phase, phase));
            _phase = phase;
        }
    }

    private JobPhase? CurrentPhase() => !state.RecordExists ? null : S switch
    {
        { Deleted: true } => JobPhase.Deleted,
        { Status: JobStatus.Completed } => JobPhase.Completed,
        { Status: JobStatus.Error } => JobPhase.Error,
        { Stage: JobStage.Queued } => JobPhase.Queued,
        _ => JobPhase.Processing,
    };
}
