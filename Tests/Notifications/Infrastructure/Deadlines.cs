using System.Diagnostics;

namespace FaceClassifier.Tests.Notifications.Infrastructure;

/// <summary>How long tests wait for something that should happen at once; generous for a busy 2-core machine.</summary>
internal static class Deadlines
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    /// <summary>Probes every 50 ms until the probe returns a value or the deadline passes.</summary>
    public static async Task<T> PollAsync<T>(Func<Task<T?>> probe, string what) where T : class
    {
        var elapsed = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (elapsed.Elapsed > Default)
            {
                throw new TimeoutException($"Gave up after {Default} waiting for {what}.");
            }
            await timer.WaitForNextTickAsync();
        }
    }

    /// <summary>The task's result, or a timeout failure instead of a hang.</summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Default);
}
