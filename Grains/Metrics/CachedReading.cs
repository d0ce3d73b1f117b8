using Microsoft.Extensions.Logging;

namespace FaceClassifier.Metrics;

/// <summary>
/// A value read asynchronously and reused for a while: concurrent callers share one read, and gauges (whose
/// callbacks cannot wait) take the latest value while a stale one is being refreshed.
/// </summary>
public abstract class CachedReading<T>(Func<CancellationToken, Task<T>> read, TimeSpan lifetime, TimeProvider time, ILogger logger)
    where T : notnull
{
    private readonly Lock _gate = new();
    private Entry? _latest;
    private Task<T>? _reading;

    /// <summary>The value, read again when older than the lifetime.</summary>
    public async Task<T> GetAsync(CancellationToken cancellationToken = default) =>
        _latest is { } entry && !IsStale(entry) ? entry.Value : await StartRead().WaitAsync(cancellationToken);

    /// <summary>The latest value without waiting, and a refresh started when it is stale; false before the first read or after a failed one.</summary>
    public bool TryPeek(out T value)
    {
        var entry = _latest;
        if (entry is null || IsStale(entry))
        {
            _ = StartRead().ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }

        value = entry is null ? default! : entry.Value;
        return entry is not null;
    }

    private bool IsStale(Entry entry) => time.GetElapsedTime(entry.Timestamp) >= lifetime;

    private Task<T> StartRead()
    {
        lock (_gate)
        {
            return _reading is { IsCompleted: false } running ? running : _reading = ReadAsync();
        }
    }

    private async Task<T> ReadAsync()
    {
        try
        {
            var value = await read(CancellationToken.None);
            _latest = new Entry(value, time.GetTimestamp());
            return value;
        }
        catch (Exception ex)
        {
            // No value beats an old one passed off as current.
            _latest = null;
            MetricsLog.ReadingFailed(logger, ex, typeof(T).Name);
            throw;
        }
    }

    private sealed record Entry(T Value, long Timestamp);
}
