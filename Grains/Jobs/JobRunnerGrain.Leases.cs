using FaceClassifier.Streaming;
using Orleans.Streams;

namespace FaceClassifier.Jobs;

/// <summary>The runner's queue deliveries: held in flight while a run goes on, settled when it ends.</summary>
public sealed partial class JobRunnerGrain
{
    private List<ILeasedMessageToken> _deliveries = [];

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // A run that never got to start (or is being torn down with the activation) gives its deliveries to another silo.
        if (_deliveries.Count > 0)
        {
            var deliveries = _deliveries;
            _deliveries = [];
            await leases.HandBackAsync(deliveries, CancellationToken.None);
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    /// <summary>Keeps a queue delivery in flight until the run it woke (or joined) ends; memory stream tokens are not leased.</summary>
    private void Hold(StreamSequenceToken? token)
    {
        if (token is ILeasedMessageToken delivery)
        {
            leases.Hold(delivery);
            _deliveries.Add(delivery);
        }
    }

    private async Task SettleAsync(RunOutcome outcome)
    {
        // Taken before the first await: a delivery arriving while this settles starts (and is settled by) the next run.
        var deliveries = _deliveries;
        var forgotten = _forgotten;
        _deliveries = [];
        _forgotten = false;
        var settlement = RunSettlement.Decide(outcome, lifetime.ApplicationStopping.IsCancellationRequested, forgotten);
        LogSettled(logger, Id, outcome, deliveries.Count, settlement);
        if (deliveries.Count == 0)
        {
            return;
        }

        switch (settlement)
        {
            case Settlement.Complete:
                await leases.CompleteAsync(deliveries, CancellationToken.None);
                break;
            case Settlement.HandBack:
                await leases.HandBackAsync(deliveries, CancellationToken.None);
                break;
            default:
                leases.Release(deliveries);
                break;
        }
    }
}
