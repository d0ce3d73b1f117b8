using System.Net;
using System.Security.Cryptography;
using System.Text;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.Webhooks;
using FaceClassifier.Tests.Infrastructure;
using FaceClassifier.Tests.Notifications.Infrastructure;

namespace FaceClassifier.Tests.Notifications;

/// <summary>Webhooks against a real Kestrel receiver; backoff driven by a fake clock.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TimerRecordingClock _clock = new(Start);
    private readonly Guid _jobId = Guid.NewGuid();
    private readonly string _json = """{"jobId":"x","status":"succeeded","people":[{"name":"Zoë","confidence":0.93}]}""";
    private NotificationTestHost _host = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _host = NotificationTestHost.Create(TestAssets.TempDirectory(), _clock);
        _receiver = await WebhookReceiver.StartAsync(_clock);
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Delivery_IsSignedWithTheSecretOverTheExactBody()
    {
        var result = await _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json).Within();

        Assert.Equal(new NotificationResult(NotificationKind.Webhook, true, 1, null, null), result);
        var request = await _receiver.NextAsync();
        Assert.Equal(_json, Encoding.UTF8.GetString(request.Body));
        var expected = "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(NotificationTestHost.Secret), request.Body));
        Assert.Equal(expected, request.Headers[WebhookHeaders.Signature]);
        Assert.True(WebhookSignature.Verify(NotificationTestHost.Secret, request.Body, request.Headers[WebhookHeaders.Signature]));
        Assert.False(WebhookSignature.Verify("another-secret-0123456789", request.Body, request.Headers[WebhookHeaders.Signature]));
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal(_jobId.ToString("D"), request.Headers[WebhookHeaders.Job]);
        Assert.True(Guid.TryParse(request.Headers[WebhookHeaders.Delivery], out _));
        Assert.Equal(Start.ToUnixTimeSeconds().ToString(), request.Headers[WebhookHeaders.Timestamp]);
        Assert.Equal(1, _host.Metrics.Total("sent", "webhook"));
        Assert.Empty(await _host.DeadLetters.ListAsync());
    }

    [Fact]
    public async Task ReceiverFailingTwice_IsDeliveredOnTheThirdAttemptAfterOneAndTwoSeconds()
    {
        _receiver.Respond = (n, context) =>
        {
            context.Response.StatusCode = n <= 2 ? 500 : 204;
            return Task.CompletedTask;
        };

        var sending = _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json);
        var first = await _receiver.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(1), await _clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = await _receiver.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(2), await _clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        _clock.Advance(TimeSpan.FromSeconds(2));
        var third = await _receiver.NextAsync();
        var result = await sending.Within();

        Assert.True(result.Delivered);
        Assert.Equal(3, result.Attempts);
        Assert.Equal([Start, Start.AddSeconds(1), Start.AddSeconds(3)], [first.ReceivedAt, second.ReceivedAt, third.ReceivedAt]);
        Assert.Single(new[] { first, second, third }.Select(r => r.Headers[WebhookHeaders.Delivery]).Distinct());
        Assert.All(new[] { first, second, third }, r => Assert.Equal(_json, Encoding.UTF8.GetString(r.Body)));
        Assert.Equal(3, _receiver.Count);
        Assert.Empty(await _host.DeadLetters.ListAsync());
        Assert.Equal((1, 2, 0), (_host.Metrics.Total("sent", "webhook"), _host.Metrics.Total("retried", "webhook"),
            _host.Metrics.Total("dead_lettered", "webhook")));
    }

    [Fact]
    public async Task PermanentlyFailingReceiver_EndsAsDeadLetter_AndReplayToTheFixedReceiverRemovesIt()
    {
        _receiver.AlwaysAnswer(HttpStatusCode.ServiceUnavailable);

        var sending = _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json);
        foreach (var backoff in new[] { 1, 2, 4, 8 })
        {
            await _receiver.NextAsync();
            Assert.Equal(TimeSpan.FromSeconds(backoff), await _clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
            _clock.Advance(TimeSpan.FromSeconds(backoff));
        }
        var last = await _receiver.NextAsync();
        var result = await sending.Within();

        Assert.False(result.Delivered);
        Assert.Equal(5, result.Attempts);
        Assert.Equal("Receiver answered HTTP 503 Service Unavailable", result.LastError);
        var letter = Assert.Single(await _host.DeadLetters.ListAsync());
        Assert.Equal(result.DeadLetterId, letter.Id);
        Assert.Equal((NotificationKind.Webhook, _jobId, _receiver.Url.OriginalString, _json), (letter.Kind, letter.JobId, letter.Target, letter.Payload));
        Assert.Equal((5, "Receiver answered HTTP 503 Service Unavailable"), (letter.Attempts, letter.LastError));
        Assert.Equal((Start.AddSeconds(15), Start.AddSeconds(15)), (letter.FirstFailedAt, letter.LastFailedAt));
        Assert.Equal(letter.Id.ToString("D"), last.Headers[WebhookHeaders.Delivery]);
        Assert.Equal((0, 4, 1), (_host.Metrics.Total("sent", "webhook"), _host.Metrics.Total("retried", "webhook"),
            _host.Metrics.Total("dead_lettered", "webhook")));

        _receiver.AlwaysAnswer(HttpStatusCode.OK);
        var replay = await _host.Dispatcher.ReplayAsync(letter.Id).Within();

        Assert.Equal(new ReplayResult(ReplayStatus.Delivered, 1, null), replay);
        var replayed = await _receiver.NextAsync();
        Assert.Equal(_json, Encoding.UTF8.GetString(replayed.Body));
        Assert.Equal(letter.Id.ToString("D"), replayed.Headers[WebhookHeaders.Delivery]);
        Assert.True(WebhookSignature.Verify(NotificationTestHost.Secret, replayed.Body, replayed.Headers[WebhookHeaders.Signature]));
        Assert.Empty(await _host.DeadLetters.ListAsync());
        Assert.Equal(new ReplayResult(ReplayStatus.NotFound, 0, null), await _host.Dispatcher.ReplayAsync(letter.Id).Within());
    }

    [Fact]
    public async Task BadRequest_IsNotRetried()
    {
        _receiver.AlwaysAnswer(HttpStatusCode.BadRequest);

        var result = await _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json).Within();

        Assert.Equal((false, 1, "Receiver answered HTTP 400 Bad Request"), (result.Delivered, result.Attempts, result.LastError));
        Assert.Equal(1, _receiver.Count);
        Assert.DoesNotContain(_clock.DrainTimers(), due => due != NotificationTestHost.AttemptTimeout);
        var letter = Assert.Single(await _host.DeadLetters.ListAsync());
        Assert.Equal((1, "Receiver answered HTTP 400 Bad Request"), (letter.Attempts, letter.LastError));
    }

    [Fact]
    public async Task ReplayThatFailsAgain_KeepsTheDeadLetterWithAllAttemptsAndTheNewError()
    {
        _receiver.AlwaysAnswer(HttpStatusCode.Gone);
        var first = await _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json).Within();
        _clock.Advance(TimeSpan.FromHours(1));
        _receiver.AlwaysAnswer(HttpStatusCode.Forbidden);

        var replay = await _host.Dispatcher.ReplayAsync(first.DeadLetterId!.Value).Within();

        Assert.Equal((ReplayStatus.StillFailing, 1), (replay.Status, replay.Attempts));
        var letter = Assert.Single(await _host.DeadLetters.ListAsync());
        Assert.Equal(replay.DeadLetter, letter);
        Assert.Equal((2, "Receiver answered HTTP 403 Forbidden"), (letter.Attempts, letter.LastError));
        Assert.Equal((Start, Start.AddHours(1)), (letter.FirstFailedAt, letter.LastFailedAt));
    }

    [Fact]
    public async Task TooManyRequests_WaitsAsLongAsRetryAfterSays()
    {
        _receiver.Respond = (n, context) =>
        {
            context.Response.StatusCode = n == 1 ? 429 : 200;
            context.Response.Headers.RetryAfter = "7";
            return Task.CompletedTask;
        };

        var sending = _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json);
        await _receiver.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(7), await _clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        _clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(Start.AddSeconds(7), (await _receiver.NextAsync()).ReceivedAt);
        Assert.Equal((true, 2), ((await sending.Within()).Delivered, (await sending).Attempts));
    }

    [Fact]
    public async Task ReceiverThatDoesNotAnswer_TimesOutAfterTheAttemptTimeout_AndIsRetried()
    {
        _receiver.Respond = async (n, context) =>
        {
            if (n == 1)
            {
                var aborted = new TaskCompletionSource();
                using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
                await aborted.Task;
            }
        };

        var sending = _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json);
        await _receiver.NextAsync();
        _clock.Advance(NotificationTestHost.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), await _clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var retry = await _receiver.NextAsync();
        var result = await sending.Within();

        Assert.Equal(Start + NotificationTestHost.AttemptTimeout + TimeSpan.FromSeconds(1), retry.ReceivedAt);
        Assert.Equal((true, 2), (result.Delivered, result.Attempts));
    }

    [Fact]
    public async Task SecondReplayWhileTheFirstRuns_IsRefused()
    {
        _receiver.AlwaysAnswer(HttpStatusCode.NotFound);
        var letterId = (await _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json).Within()).DeadLetterId!.Value;
        await _receiver.NextAsync();
        var release = new TaskCompletionSource();
        _receiver.Respond = (_, _) => release.Task;

        var first = _host.Dispatcher.ReplayAsync(letterId);
        await _receiver.NextAsync();
        var second = await _host.Dispatcher.ReplayAsync(letterId).Within();
        release.SetResult();

        Assert.Equal(new ReplayResult(ReplayStatus.AlreadyReplaying, 0, null), second);
        Assert.Equal(new ReplayResult(ReplayStatus.Delivered, 1, null), await first.Within());
        Assert.Equal(2, _receiver.Count);
    }

    [Fact]
    public async Task ShutdownDuringBackoff_StillKeepsADeadLetter()
    {
        _receiver.AlwaysAnswer(HttpStatusCode.InternalServerError);
        using var shutdown = new CancellationTokenSource();

        var sending = _host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, _json, shutdown.Token);
        await _receiver.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(1), await _clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        await shutdown.CancelAsync();
        var result = await sending.Within();

        Assert.Equal((false, 1), (result.Delivered, result.Attempts));
        Assert.Equal("Receiver answered HTTP 500 Internal Server Error (Delivery interrupted by shutdown)", result.LastError);
        Assert.Equal(_json, Assert.Single(await _host.DeadLetters.ListAsync()).Payload);
    }

    [Fact]
    public async Task NetworkError_IsRetried_ThenDeadLettered()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/hooks/nobody-listens");
        await using var host = NotificationTestHost.Create(TestAssets.TempDirectory(), _clock,
            new Dictionary<string, string?> { ["Webhooks:MaxAttempts"] = "2" });

        var sending = host.Dispatcher.SendWebhookAsync(_jobId, closed, _json);
        Assert.Equal(TimeSpan.FromSeconds(1), await _clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var result = await sending.Within();

        Assert.Equal((false, 2), (result.Delivered, result.Attempts));
        Assert.StartsWith("Network error: Connection refused", result.LastError);
        Assert.Equal(closed.OriginalString, Assert.Single(await host.DeadLetters.ListAsync()).Target);
    }
}
