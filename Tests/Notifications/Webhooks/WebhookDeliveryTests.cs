using System.Net;
using System.Security.Cryptography;
using System.Text;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.Webhooks;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Notifications.Support;

namespace FaceClassifier.Tests.Notifications.Webhooks;

/// <summary>Signed webhooks against a real Kestrel receiver: what is retried, and after exactly which waits.</summary>
[Trait("Kind", "integration")]
public sealed class WebhookDeliveryTests : WebhookTestBase
{
    [Fact]
    public async Task Delivery_IsSignedWithTheSecretOverTheExactBody()
    {
        var result = await Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json).Within();

        Assert.Equal(new NotificationResult(NotificationKind.Webhook, true, 1, null, null), result);
        var request = await Receiver.NextAsync();
        Assert.Equal(Json, Encoding.UTF8.GetString(request.Body));
        var expected = "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(NotificationTestHost.Secret), request.Body));
        Assert.Equal(expected, request.Headers[WebhookHeaders.Signature]);
        Assert.True(WebhookSignature.Verify(NotificationTestHost.Secret, request.Body, request.Headers[WebhookHeaders.Signature]));
        Assert.False(WebhookSignature.Verify("another-secret-0123456789", request.Body, request.Headers[WebhookHeaders.Signature]));
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal(JobId.ToString("D"), request.Headers[WebhookHeaders.Job]);
        Assert.True(Guid.TryParse(request.Headers[WebhookHeaders.Delivery], out _));
        Assert.Equal(Start.ToUnixTimeSeconds().ToString(), request.Headers[WebhookHeaders.Timestamp]);
        Assert.Equal(1, Host.Metrics.Total("sent", "webhook"));
        Assert.Empty(await Host.DeadLetters.ListAsync());
    }

    [Fact]
    public async Task ReceiverFailingTwice_IsDeliveredOnTheThirdAttemptAfterOneAndTwoSeconds()
    {
        Receiver.Respond = (n, context) =>
        {
            context.Response.StatusCode = n <= 2 ? 500 : 204;
            return Task.CompletedTask;
        };

        var sending = Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json);
        var first = await Receiver.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(1), await Clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Receiver.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(2), await Clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        Clock.Advance(TimeSpan.FromSeconds(2));
        var third = await Receiver.NextAsync();
        var result = await sending.Within();

        Assert.True(result.Delivered);
        Assert.Equal(3, result.Attempts);
        Assert.Equal([Start, Start.AddSeconds(1), Start.AddSeconds(3)], [first.ReceivedAt, second.ReceivedAt, third.ReceivedAt]);
        Assert.Single(new[] { first, second, third }.Select(r => r.Headers[WebhookHeaders.Delivery]).Distinct());
        Assert.All(new[] { first, second, third }, r => Assert.Equal(Json, Encoding.UTF8.GetString(r.Body)));
        Assert.Equal(3, Receiver.Count);
        Assert.Empty(await Host.DeadLetters.ListAsync());
        Assert.Equal((1, 2, 0), (Host.Metrics.Total("sent", "webhook"), Host.Metrics.Total("retried", "webhook"),
            Host.Metrics.Total("dead_lettered", "webhook")));
    }

    [Fact]
    public async Task BadRequest_IsNotRetried()
    {
        Receiver.AlwaysAnswer(HttpStatusCode.BadRequest);

        var result = await Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json).Within();

        Assert.Equal((false, 1, "Receiver answered HTTP 400 Bad Request"), (result.Delivered, result.Attempts, result.LastError));
        Assert.Equal(1, Receiver.Count);
        Assert.DoesNotContain(Clock.DrainTimers(), due => due != NotificationTestHost.AttemptTimeout);
        var letter = Assert.Single(await Host.DeadLetters.ListAsync());
        Assert.Equal((1, "Receiver answered HTTP 400 Bad Request"), (letter.Attempts, letter.LastError));
    }

    [Fact]
    public async Task TooManyRequests_WaitsAsLongAsRetryAfterSays()
    {
        Receiver.Respond = (n, context) =>
        {
            context.Response.StatusCode = n == 1 ? 429 : 200;
            context.Response.Headers.RetryAfter = "7";
            return Task.CompletedTask;
        };

        var sending = Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json);
        await Receiver.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(7), await Clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        Clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(Start.AddSeconds(7), (await Receiver.NextAsync()).ReceivedAt);
        Assert.Equal((true, 2), ((await sending.Within()).Delivered, (await sending).Attempts));
    }

    [Fact]
    public async Task ReceiverThatDoesNotAnswer_TimesOutAfterTheAttemptTimeout_AndIsRetried()
    {
        Receiver.Respond = async (n, context) =>
        {
            if (n == 1)
            {
                var aborted = new TaskCompletionSource();
                using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
                await aborted.Task;
            }
        };

        var sending = Host.Dispatcher.SendWebhookAsync(JobId, Receiver.Url, Json);
        await Receiver.NextAsync();
        Clock.Advance(NotificationTestHost.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), await Clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var retry = await Receiver.NextAsync();
        var result = await sending.Within();

        Assert.Equal(Start + NotificationTestHost.AttemptTimeout + TimeSpan.FromSeconds(1), retry.ReceivedAt);
        Assert.Equal((true, 2), (result.Delivered, result.Attempts));
    }

    [Fact]
    public async Task NetworkError_IsRetried_ThenDeadLettered()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/hooks/nobody-listens");
        await using var host = NotificationTestHost.Create(TestAssets.TempDirectory(), Clock,
            new Dictionary<string, string?> { ["Webhooks:MaxAttempts"] = "2" });

        var sending = host.Dispatcher.SendWebhookAsync(JobId, closed, Json);
        Assert.Equal(TimeSpan.FromSeconds(1), await Clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var result = await sending.Within();

        Assert.Equal((false, 2), (result.Delivered, result.Attempts));
        Assert.StartsWith("Network error: Connection refused", result.LastError);
        Assert.Equal(closed.OriginalString, Assert.Single(await host.DeadLetters.ListAsync()).Target);
    }
}
