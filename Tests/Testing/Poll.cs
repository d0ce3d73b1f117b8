using System.Diagnostics;

namespace FaceClassifier.Tests.Testing;

/// <summary>Waits for what should happen at once, with a deadline generous for a busy 2-core machine.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The first non-null value <paramref name="probe"/> returns; fails the test at the deadline.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var limit = timeout ?? DefaultTimeout;
        var elapsed = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(Interval);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (elapsed.Elapsed > limit)
            {
                throw new TimeoutException($"Gave up after {limit} waiting for {what}.");
            }

            await timer.WaitForNextTickAsync();
        }
    }

    /// <summary>The task's result, or a timeout failure instead of a hang.</summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(DefaultTimeout);
}
