using System.Diagnostics.Metrics;
using System.Reflection;
using FaceClassifier.Analysis;
using FaceClassifier.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FaceClassifier.Tests.Grains.Analysis;

/// <summary>Frames analysed on a silo: the running total and the per-second average over the last minute.</summary>
[Trait("Kind", "unit")]
public sealed class FrameInstrumentsTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch.AddDays(1));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void The_rate_averages_the_last_sixty_seconds()
    {
        var frames = new FrameInstruments(_services.GetRequiredService<IMeterFactory>(), _time);
        Assert.Equal(0, frames.PerSecond());

        frames.Analysed(30);
        _time.Advance(TimeSpan.FromSeconds(30));
        frames.Analysed(60);
        Assert.Equal(1.5, frames.PerSecond());

        // The first 30 frames are 60 s old now: out of the window.
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1.0, frames.PerSecond());
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, frames.PerSecond());
    }

    [Fact]
    public void The_total_counts_every_frame_and_is_exported_from_zero()
    {
        var meterFactory = _services.GetRequiredService<IMeterFactory>();
        var frames = new FrameInstruments(meterFactory, _time);
        Assert.Equal(0, Observe(meterFactory));

        frames.Analysed(3);
        _time.Advance(TimeSpan.FromMinutes(5));
        frames.Analysed(4);
        Assert.Equal(7, Observe(meterFactory));
    }

    [Fact]
    public void The_chunk_progress_counts_each_frame_once()
    {
        var frames = new FrameInstruments(_services.GetRequiredService<IMeterFactory>(), _time);
        var runner = DispatchProxy.Create<IJobRunProgress, SilentGrain>();
        var progress = new ChunkProgress(runner, chunkIndex: 0, frames, _time);

        // The analyser reports the chunk's running frame count after each frame.
        foreach (var done in new[] { 1, 2, 3, 3, 4, 5 })
        {
            progress.Report(done);
        }

        Assert.Equal(5.0 / FrameInstruments.WindowSeconds, frames.PerSecond());
    }

    private static long Observe(IMeterFactory meterFactory)
    {
        long total = -1;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory) && instrument.Name == "faceclassifier.frames.analysed")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => total = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return total;
    }

    /// <summary>A job grain reference that accepts the progress reports and does nothing.</summary>
    public class SilentGrain : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => Task.CompletedTask;
    }
}
