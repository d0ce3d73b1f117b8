using System.Net;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Tests.Notifications.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Notifications.Webhooks;

/// <summary>The send-time guard with the product's default (no private networks): a host name that resolves to the
/// machine itself is refused at the connection, once, and dead-lettered; the allow-list opens it.</summary>
[Trait("Kind", "integration")]
public sealed class WebhookTargetGuardTests : IAsyncLifetime
{
    private const string Json = """{"id":"x","status":"completed"}""";
    private readonly Guid _jobId = Guid.NewGuid();
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync(TimeProvider.System);

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_at_send_time_without_retries_and_dead_lettered()
    {
        await using var host = Host(new() { ["Webhooks:AllowPrivateNetworks"] = "false" });
        var url = ByName("localhost");
        var expected = $"Webhook target refused: localhost resolves to {(await Dns.GetHostAddressesAsync("localhost"))[0]}, "
            + "a loopback, private or link-local address (Webhooks:AllowedHosts or Webhooks:AllowPrivateNetworks=true allow it)";

        var result = await host.Dispatcher.SendWebhookAsync(_jobId, url, Json).Within();

        Assert.Equal((false, 1, expected), (result.Delivered, result.Attempts, result.LastError));
        var letter = Assert.Single(await host.DeadLetters.ListAsync());
        Assert.Equal((result.DeadLetterId, NotificationKind.Webhook, url.OriginalString, expected, 1),
            (letter.Id, letter.Kind, letter.Target, letter.LastError, letter.Attempts));
        Assert.Equal((0, 0), (host.Metrics.Total("sent", "webhook"), host.Metrics.Total("retried", "webhook")));

        var replay = await host.Dispatcher.ReplayAsync(letter.Id).Within();
        Assert.Equal((ReplayStatus.StillFailing, 1, expected), (replay.Status, replay.Attempts, replay.DeadLetter!.LastError));
        Assert.Equal(0, _receiver.Count);
    }

    [Fact]
    public async Task A_literal_loopback_address_is_refused_at_send_time_too()
    {
        await using var host = Host(new() { ["Webhooks:AllowPrivateNetworks"] = "false" });

        var result = await host.Dispatcher.SendWebhookAsync(_jobId, _receiver.Url, Json).Within();

        Assert.Equal((false, 1), (result.Delivered, result.Attempts));
        Assert.StartsWith("Webhook target refused: 127.0.0.1 is a loopback, private or link-local address", result.LastError);
        Assert.Equal(0, _receiver.Count);
    }

    [Theory]
    [InlineData("localhost", "localhost")]
    [InlineData("127.0.0.1", "127.0.0.0/8")]
    public async Task The_allow_list_opens_the_host(string urlHost, string allowed)
    {
        await using var host = Host(new() { ["Webhooks:AllowPrivateNetworks"] = "false", ["Webhooks:AllowedHosts:0"] = allowed });

        var result = await host.Dispatcher.SendWebhookAsync(_jobId, ByName(urlHost), Json).Within();

        Assert.Equal((true, 1), (result.Delivered, result.Attempts));
        Assert.Equal(_jobId.ToString("D"), (await _receiver.NextAsync()).Headers["X-FaceClassifier-Job"]);
        Assert.Empty(await host.DeadLetters.ListAsync());
    }

    private Uri ByName(string host) => new UriBuilder(_receiver.Url) { Host = host }.Uri;

    private static NotificationTestHost Host(Dictionary<string, string?> settings) =>
        NotificationTestHost.Create(TestAssets.TempDirectory(), TimeProvider.System, settings);
}
