using System.Net;
using System.Text;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.Webhooks;
using FaceClassifier.Tests.Notifications.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Notifications.Webhooks;

/// <summary>Webhooks that keep failing end in the dead-letter store, and replays deliver or update them.</summary>
[Trait("Kind", "integration")]
public sealed class WebhookDeadLetterTests : WebhookTestBase
{
    [Fact]
    public async Task PermanentlyFailingReceiver_EndsAsDeadLetter_AndReplayToTheFixedReceiverRemovesIt()
    {
        Receiver.AlwaysAnswer(HttpStatusCode.ServiceUnavailable);

        var sending = Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json);
        foreach (var backoff in new[] { 1, 2, 4, 8 })
        {
            await Receiver.NextAsync();
            Assert.Equal(TimeSpan.FromSeconds(backoff), await Clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
            Clock.Advance(TimeSpan.FromSeconds(backoff));
        }
        var last = await Receiver.NextAsync();
        var result = await sending.Within();

        Assert.False(result.Delivered);
        Assert.Equal(5, result.Attempts);
        Assert.Equal("Receiver answered HTTP 503 Service Unavailable", result.LastError);
        var letter = Assert.Single(await Host.DeadLetters.ListAsync());
        Assert.Equal(result.DeadLetterId, letter.Id);
        Assert.Equal((NotificationKind.Webhook, JobId, Receiver.Url.OriginalString, Json), (letter.Kind, letter.JobId, letter.Target, letter.Payload));
        Assert.Equal((5, "Receiver answered HTTP 503 Service Unavailable"), (letter.Attempts, letter.LastError));
        Assert.Equal((Start.AddSeconds(15), Start.AddSeconds(15)), (letter.FirstFailedAt, letter.LastFailedAt));
        Assert.Equal(letter.Id.ToString("D"), last.Headers[WebhookHeaders.Delivery]);
        Assert.Equal((0, 4, 1), (Host.Metrics.Total("sent", "webhook"), Host.Metrics.Total("retried", "webhook"),
            Host.Metrics.Total("dead_lettered", "webhook")));

        Receiver.AlwaysAnswer(HttpStatusCode.OK);
        var replay = await Host.Dispatcher.ReplayAsync(letter.Id).Within();

        Assert.Equal(new ReplayResult(ReplayStatus.Delivered, 1, null), replay);
        var replayed = await Receiver.NextAsync();
        Assert.Equal(Json, Encoding.UTF8.GetString(replayed.Body));
        Assert.Equal(letter.Id.ToString("D"), replayed.Headers[WebhookHeaders.Delivery]);
        Assert.True(WebhookSignature.Verify(NotificationTestHost.Secret, replayed.Body, replayed.Headers[WebhookHeaders.Signature]));
        Assert.Empty(await Host.DeadLetters.ListAsync());
        Assert.Equal(new ReplayResult(ReplayStatus.NotFound, 0, null), await Host.Dispatcher.ReplayAsync(letter.Id).Within());
    }

    [Fact]
    public async Task ReplayThatFailsAgain_KeepsTheDeadLetterWithAllAttemptsAndTheNewError()
    {
        Receiver.AlwaysAnswer(HttpStatusCode.Gone);
        var first = await Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json).Within();
        Clock.Advance(TimeSpan.FromHours(1));
        Receiver.AlwaysAnswer(HttpStatusCode.Forbidden);

        var replay = await Host.Dispatcher.ReplayAsync(first.DeadLetterId!.Value).Within();

        Assert.Equal((ReplayStatus.StillFailing, 1), (replay.Status, replay.Attempts));
        var letter = Assert.Single(await Host.DeadLetters.ListAsync());
        Assert.Equal(replay.DeadLetter, letter);
        Assert.Equal((2, "Receiver answered HTTP 403 Forbidden"), (letter.Attempts, letter.LastError));
        Assert.Equal((Start, Start.AddHours(1)), (letter.FirstFailedAt, letter.LastFailedAt));
    }

    [Fact]
    public async Task SecondReplayWhileTheFirstRuns_IsRefused()
    {
        Receiver.AlwaysAnswer(HttpStatusCode.NotFound);
        var letterId = (await Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json).Within()).DeadLetterId!.Value;
        await Receiver.NextAsync();
        var release = new TaskCompletionSource();
        Receiver.Respond = (_, _) => release.Task;

        var first = Host.Dispatcher.ReplayAsync(letterId);
        await Receiver.NextAsync();
        var second = await Host.Dispatcher.ReplayAsync(letterId).Within();
        release.SetResult();

        Assert.Equal(new ReplayResult(ReplayStatus.AlreadyReplaying, 0, null), second);
        Assert.Equal(new ReplayResult(ReplayStatus.Delivered, 1, null), await first.Within());
        Assert.Equal(2, Receiver.Count);
    }

    [Fact]
    public async Task ShutdownDuringBackoff_StillKeepsADeadLetter()
    {
        Receiver.AlwaysAnswer(HttpStatusCode.InternalServerError);
        using var shutdown = new CancellationTokenSource();

        var sending = Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json, shutdown.Token);
        await Receiver.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(1), await Clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        await shutdown.CancelAsync();
        var result = await sending.Within();

        Assert.Equal((false, 1), (result.Delivered, result.Attempts));
        Assert.Equal("Receiver answered HTTP 500 Internal Server Error (Delivery interrupted by shutdown)", result.LastError);
        Assert.Equal(Json, Assert.Single(await Host.DeadLetters.ListAsync()).Payload);
    }
}
