using System.Diagnostics.Metrics;

namespace FaceClassifier.Metrics;

/// <summary>
/// Cluster-wide gauges (meter "FaceClassifier.Cluster"): the queue backlog, jobs by status, active silos and the
/// autoscaling ratio. Every silo reports the same cluster values, so aggregate them with max, not sum.
/// </summary>
public sealed class ClusterInstruments
{
    public const string MeterName = "FaceClassifier.Cluster";

    private readonly BacklogReading _backlog;
    private readonly JobCountsReading _jobs;
    private readonly IClusterSilos _silos;

    public ClusterInstruments(IMeterFactory meterFactory, BacklogReading backlog, JobCountsReading jobs, IClusterSilos silos)
    {
        _backlog = backlog;
        _jobs = jobs;
        _silos = silos;
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(
            "faceclassifier.queue.visible", () => Backlog(b => b.Visible), "{message}", "Work messages waiting for a silo.");
        meter.CreateObservableGauge(
            "faceclassifier.queue.in_flight", () => Backlog(b => b.InFlight), "{message}", "Work messages taken by a silo and not yet settled.");
        meter.CreateObservableGauge("faceclassifier.jobs", Jobs, "{job}", "Jobs in the cluster by status (deleted jobs left out).");
        meter.CreateObservableGauge(
            "faceclassifier.silos.active", () => _silos.ActiveCount, "{silo}", "Silos whose cluster membership is active.");
        meter.CreateObservableGauge(
            "faceclassifier.backlog_per_instance",
            () => Backlog(b => BacklogRatio.PerInstance(b, _silos.ActiveCount)),
            "{message}",
            "Unprocessed work messages (visible and in flight) per active silo: the autoscaling signal.");
    }

    private IEnumerable<Measurement<TValue>> Backlog<TValue>(Func<QueueBacklog, TValue> pick)
        where TValue : struct =>
        _backlog.TryPeek(out var backlog) ? [new Measurement<TValue>(pick(backlog))] : [];

    private IEnumerable<Measurement<long>> Jobs() =>
        _jobs.TryPeek(out var c)
            ?
            [
                new(c.Queued, Status("queued")),
                new(c.Processing, Status("processing")),
                new(c.Completed, Status("completed")),
                new(c.Error, Status("error")),
            ]
            : [];

    private static KeyValuePair<string, object?> Status(string status) => new("status", status);
}
