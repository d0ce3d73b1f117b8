using FaceClassifier.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaceClassifier.Tests.Grains.Metrics;

/// <summary>Queue readings are reused for Metrics:ReadingLifetime, so scrapes do not call the queue each time.</summary>
[Trait("Kind", "unit")]
public sealed class CachedReadingTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch);
    private readonly CountingBacklog _queue = new();

    [Fact]
    public async Task A_reading_is_reused_within_its_lifetime_and_read_again_after()
    {
        var reading = Reading();
        Assert.Equal(new QueueBacklog(1, 0), await reading.GetAsync());
        _time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.Equal(new QueueBacklog(1, 0), await reading.GetAsync());
        Assert.Equal(1, _queue.Reads);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(new QueueBacklog(2, 0), await reading.GetAsync());
        Assert.Equal(2, _queue.Reads);
    }

    [Fact]
    public async Task A_gauge_takes_the_latest_value_while_a_stale_one_is_refreshed()
    {
        var reading = Reading();
        Assert.False(reading.TryPeek(out _));
        await _queue.FirstRead.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(reading.TryPeek(out var first));
        Assert.Equal(new QueueBacklog(1, 0), first);

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(reading.TryPeek(out var stale));
        Assert.Equal(new QueueBacklog(1, 0), stale);
        Assert.Equal(new QueueBacklog(2, 0), await reading.GetAsync());
        Assert.Equal(2, _queue.Reads);
    }

    [Fact]
    public async Task A_failed_read_leaves_no_value_rather_than_an_old_one()
    {
        var reading = Reading();
        await reading.GetAsync();
        _queue.Failure = new InvalidOperationException("queue unreachable");
        _time.Advance(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<InvalidOperationException>(() => reading.GetAsync());
        Assert.False(reading.TryPeek(out _));
    }

    private BacklogReading Reading() =>
        new(_queue, Options.Create(new MetricsOptions()), _time, NullLogger<BacklogReading>.Instance);

    private sealed class CountingBacklog : IWorkQueueBacklog
    {
        public int Reads;

        public Exception? Failure { get; set; }

        public TaskCompletionSource FirstRead { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<QueueBacklog> GetAsync(CancellationToken cancellationToken = default)
        {
            if (Failure is { } failure)
            {
                return Task.FromException<QueueBacklog>(failure);
            }

            var reads = Interlocked.Increment(ref Reads);
            FirstRead.TrySetResult();
            return Task.FromResult(new QueueBacklog(reads, 0));
        }
    }
}
