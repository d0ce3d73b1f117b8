namespace FaceClassifier.Tests.Service.Support;

/// <summary>Waits for a condition with a deadline, checking it at a fixed short interval.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The first non-null value <paramref name="probe"/> returns; fails the test at the deadline.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        using var timer = new PeriodicTimer(Interval);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await timer.WaitForNextTickAsync();
        }
    }
}
