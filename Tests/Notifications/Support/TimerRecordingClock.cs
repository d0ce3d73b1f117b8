using System.Threading.Channels;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FaceClassifier.Tests.Notifications.Support;

/// <summary>A <see cref="FakeTimeProvider"/> that also reports every timer created on it, so a test can wait
/// until a backoff has started and check its exact length before advancing time.</summary>
internal sealed class TimerRecordingClock(DateTimeOffset start) : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(start);

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    public void Advance(TimeSpan delta) => Fake.Advance(delta);

    /// <summary>The due time of the next timer created that is not an attempt timeout.</summary>
    public async Task<TimeSpan> NextTimerAsync(TimeSpan ignoredDueTime)
    {
        using var deadline = new CancellationTokenSource(Poll.DefaultTimeout);
        while (true)
        {
            var due = await _timers.Reader.ReadAsync(deadline.Token);
            if (due != ignoredDueTime)
            {
                return due;
            }
        }
    }

    /// <summary>Due times of timers created so far and not yet read.</summary>
    public List<TimeSpan> DrainTimers()
    {
        var list = new List<TimeSpan>();
        while (_timers.Reader.TryRead(out var due))
        {
            list.Add(due);
        }
        return list;
    }
}
