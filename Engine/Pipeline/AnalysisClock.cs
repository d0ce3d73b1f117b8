using System.Diagnostics;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>Adds up the time of each stage of one chunk's analysis (<see cref="AnalysisStageTimes"/>). Not thread-safe.</summary>
internal sealed class AnalysisClock
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _decode, _detect, _landmarks, _align, _embed;

    public int DetectedFrames { get; set; }

    public int FollowedFrames { get; set; }

    public long StartDecode() => Stopwatch.GetTimestamp();

    public void EndDecode(long started) => _decode += Stopwatch.GetTimestamp() - started;

    public T Detect<T>(Func<T> work) => Time(work, ref _detect);

    public T Landmarks<T>(Func<T> work) => Time(work, ref _landmarks);

    public T Align<T>(Func<T> work) => Time(work, ref _align);

    public T Embed<T>(Func<T> work) => Time(work, ref _embed);

    public AnalysisStageTimes Stop() =>
        new(Span(_decode), Span(_detect), Span(_landmarks), Span(_align), Span(_embed), Stopwatch.GetElapsedTime(_started))
        {
            DetectedFrames = DetectedFrames,
            FollowedFrames = FollowedFrames,
        };

    private static T Time<T>(Func<T> work, ref long total)
    {
        var started = Stopwatch.GetTimestamp();
        var result = work();
        total += Stopwatch.GetTimestamp() - started;
        return result;
    }

    private static TimeSpan Span(long ticks) => TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);
}
