using System.Diagnostics.Metrics;

namespace FaceClassifier.Analysis;

/// <summary>
/// Frames analysed on this silo (meter "FaceClassifier.Analysis"): a running total (rate() of it is frames/s) and
/// the average over the last minute, kept in one-second buckets.
/// </summary>
public sealed class FrameInstruments
{
    public const string MeterName = "FaceClassifier.Analysis";

    /// <summary>The window the per-second gauge averages over.</summary>
    public const int WindowSeconds = 60;

    private readonly Lock _gate = new();
    private readonly long[] _frames = new long[WindowSeconds];
    private readonly long[] _seconds = new long[WindowSeconds];
    private readonly TimeProvider _time;
    private long _total;

    public FrameInstruments(IMeterFactory meterFactory, TimeProvider time)
    {
        _time = time;
        var meter = meterFactory.Create(MeterName);

        // Observable, so the series exists (at 0) before the first frame and rate() has a start.
        meter.CreateObservableCounter("faceclassifier.frames.analysed", () => Interlocked.Read(ref _total), "{frame}", "Video frames analysed on this silo.");
        meter.CreateObservableGauge("faceclassifier.frames.per_second", PerSecond, "{frame}/s", "Frames analysed per second on this silo, averaged over the last minute.");
    }

    /// <summary>Counts frames just analysed.</summary>
    public void Analysed(int frames)
    {
        var second = _time.GetUtcNow().ToUnixTimeSeconds();
        var slot = (int)(second % WindowSeconds);
        lock (_gate)
        {
            if (_seconds[slot] != second)
            {
                _seconds[slot] = second;
                _frames[slot] = 0;
            }

            _frames[slot] += frames;
        }

        Interlocked.Add(ref _total, frames);
    }

    /// <summary>Frames per second over the last <see cref="WindowSeconds"/> seconds (the current one included).</summary>
    public double PerSecond()
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        long sum = 0;
        lock (_gate)
        {
            for (var i = 0; i < WindowSeconds; i++)
            {
                if (now - _seconds[i] < WindowSeconds)
                {
                    sum += _frames[i];
                }
            }
        }

        return (double)sum / WindowSeconds;
    }
}
