using System.Diagnostics.Metrics;

namespace FaceClassifier.Jobs;

/// <summary>Job and analysis metrics (meter "FaceClassifier.Jobs"); the waiting count is the scale-out signal.</summary>
public sealed class JobInstruments : IDisposable
{
    public const string MeterName = "FaceClassifier.Jobs";

    private readonly Meter _meter;
    private readonly Counter<long> _submitted;
    private readonly Counter<long> _finished;
    private readonly Counter<long> _expired;
    private readonly Histogram<double> _duration;
    private readonly UpDownCounter<long> _analysesRunning;
    private readonly UpDownCounter<long> _analysesWaiting;

    public JobInstruments(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _submitted = _meter.CreateCounter<long>("faceclassifier.jobs.submitted", description: "Jobs accepted");
        _finished = _meter.CreateCounter<long>("faceclassifier.jobs.finished", description: "Jobs that reached a terminal status, by status");
        _expired = _meter.CreateCounter<long>("faceclassifier.jobs.expired", description: "Finished jobs deleted by the retention sweep");
        _duration = _meter.CreateHistogram<double>("faceclassifier.jobs.duration", "s", "Upload to terminal status");
        _analysesRunning = _meter.CreateUpDownCounter<long>("faceclassifier.analyses.running", description: "Chunk analyses running on this silo");
        _analysesWaiting = _meter.CreateUpDownCounter<long>("faceclassifier.analyses.waiting", description: "Chunk analyses waiting for a slot on this silo");
    }

    public void Submitted() => _submitted.Add(1);

    public void Finished(JobStatus status, TimeSpan duration)
    {
        _finished.Add(1, new KeyValuePair<string, object?>("status", status.ToString().ToLowerInvariant()));
        _duration.Record(duration.TotalSeconds);
    }

    public void Expired() => _expired.Add(1);

    public void AnalysisWaiting(int delta) => _analysesWaiting.Add(delta);

    public void AnalysisRunning(int delta) => _analysesRunning.Add(delta);

    public void Dispose() => _meter.Dispose();
}
