using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Notifications.Support;

/// <summary>A fresh notification host on a fake clock and a Kestrel webhook receiver for each test.</summary>
public abstract class WebhookTestBase : IAsyncLifetime
{
    private protected static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private protected TimerRecordingClock Clock { get; } = new(Start);

    private protected Guid JobId { get; } = Guid.NewGuid();

    private protected string Json { get; } = """{"jobId":"x","status":"succeeded","people":[{"name":"Zoë","confidence":0.93}]}""";

    private protected NotificationTestHost Host { get; private set; } = null!;

    private protected WebhookReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = NotificationTestHost.Create(TestAssets.TempDirectory(), Clock);
        Receiver = await WebhookReceiver.StartAsync(Clock);
    }

    public async Task DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Host.DisposeAsync();
    }
}
