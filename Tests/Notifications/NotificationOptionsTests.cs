using FaceClassifier.Notifications;
using FaceClassifier.Notifications.Email;
using FaceClassifier.Notifications.Webhooks;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Notifications.Support;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Notifications;

[Trait("Kind", "unit")]
public sealed class NotificationOptionsTests
{
    [Fact]
    public async Task Defaults_AreValid_AndWriteToTheOutboxOfTheDataFolder()
    {
        var data = TestAssets.TempDirectory();
        await using var host = NotificationTestHost.Create(data, TimeProvider.System,
            new Dictionary<string, string?> { ["Webhooks:Secret"] = null });

        Assert.IsType<OutboxEmailSender>(host.Get<IEmailSender>());
        var storage = host.Get<IOptions<NotificationStorageOptions>>().Value;
        Assert.Equal((Path.Combine(data, "outbox"), Path.Combine(data, "dead-letters")), (storage.OutboxDirectory, storage.DeadLetterDirectory));
        var webhooks = host.Get<IOptions<WebhookOptions>>().Value;
        Assert.Equal((5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), (webhooks.MaxAttempts, webhooks.InitialBackoff, webhooks.MaxBackoff));
        Assert.Equal(TimeSpan.FromSeconds(30), host.Get<IOptions<SmtpOptions>>().Value.AttemptTimeout);
    }

    [Fact]
    public async Task SmtpHost_SelectsTheSmtpSender()
    {
        await using var host = NotificationTestHost.Create(TestAssets.TempDirectory(), TimeProvider.System,
            new Dictionary<string, string?> { ["Smtp:Host"] = "mail.example.test" });

        Assert.IsType<SmtpEmailSender>(host.Get<IEmailSender>());
    }

    [Fact]
    public void InvalidSettings_FailAtStartWithOneClearMessageEach_AndNeverEchoSecrets()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "mail.example.test",
            ["Smtp:Port"] = "0",
            ["Smtp:Password"] = "hunter2-smtp-password",
            ["Smtp:FromAddress"] = "no-at-sign",
            ["Smtp:MaxAttempts"] = "0",
            ["Webhooks:Secret"] = "short-secret",
            ["Webhooks:GlobalUrl"] = "ftp://example.test/hook",
            ["Webhooks:InitialBackoff"] = "00:01:00",
        };

        var error = Assert.Throws<AggregateException>(
            () => NotificationTestHost.Create(TestAssets.TempDirectory(), TimeProvider.System, settings));

        var failures = error.InnerExceptions.Cast<OptionsValidationException>().ToList();
        Assert.Equal([nameof(SmtpOptions), nameof(WebhookOptions)], failures.Select(f => f.OptionsType.Name).Order());
        var messages = string.Join("\n", failures.SelectMany(f => f.Failures));
        Assert.Equal(7, failures.Sum(f => f.Failures.Count()));
        Assert.Contains("Smtp:MaxAttempts must be between 1 and 20 (is 0).", messages);
        Assert.Contains("Smtp:FromAddress must be a mail address like faceclassifier@example.com (is 'no-at-sign').", messages);
        Assert.Contains("Smtp:Port must be between 1 and 65535 (is 0).", messages);
        Assert.Contains("Smtp:Password is set but Smtp:UserName is empty; set both or neither.", messages);
        Assert.Contains("Webhooks:MaxBackoff (00:00:30) must not be shorter than Webhooks:InitialBackoff (00:01:00).", messages);
        Assert.Contains("Webhooks:GlobalUrl must be an absolute http or https URL (is 'ftp://example.test/hook').", messages);
        Assert.Contains("Webhooks:Secret must be at least 16 characters (has 12)", messages);
        Assert.DoesNotContain("hunter2", messages);
        Assert.DoesNotContain("short-secret", messages);
    }

    [Fact]
    public void A_global_url_to_an_internal_address_and_a_bad_allow_list_entry_fail_at_start()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Webhooks:AllowPrivateNetworks"] = "false",
            ["Webhooks:GlobalUrl"] = "http://169.254.169.254/latest/meta-data?token=abc",
            ["Webhooks:AllowedHosts:0"] = "10.0.0.0/8",
            ["Webhooks:AllowedHosts:1"] = "not a host",
            ["Webhooks:AllowedHosts:2"] = "10.0.0.0/33",
        };

        var error = Assert.Throws<OptionsValidationException>(
            () => NotificationTestHost.Create(TestAssets.TempDirectory(), TimeProvider.System, settings));

        var hint = "must be a host name (hooks.internal.example), an IP address (10.1.2.3) or a CIDR range (10.1.0.0/16)";
        Assert.Equal(
            [
                $"Webhooks:AllowedHosts:1 {hint} (is 'not a host').",
                $"Webhooks:AllowedHosts:2 {hint} (is '10.0.0.0/33').",
                "Webhooks:GlobalUrl points to a loopback, private or link-local address ('169.254.169.254'); "
                    + "allow it with Webhooks:AllowedHosts or Webhooks:AllowPrivateNetworks=true.",
            ],
            error.Failures);
    }

    [Theory]
    [InlineData("Webhooks:AllowedHosts:0", "169.254.169.254")]
    [InlineData("Webhooks:AllowPrivateNetworks", "true")]
    public async Task A_global_url_to_an_internal_address_starts_when_allowed(string key, string value)
    {
        await using var host = NotificationTestHost.Create(TestAssets.TempDirectory(), TimeProvider.System,
            new Dictionary<string, string?>
            {
                ["Webhooks:AllowPrivateNetworks"] = "false",
                ["Webhooks:GlobalUrl"] = "http://169.254.169.254/hook",
                [key] = value,
            });

        Assert.Equal(new Uri("http://169.254.169.254/hook"), host.Dispatcher.ResolveWebhookUrl(null));
    }

    [Fact]
    public async Task WebhookUrl_OfTheJobWins_ThenTheGlobalOne()
    {
        await using var host = NotificationTestHost.Create(TestAssets.TempDirectory(), TimeProvider.System,
            new Dictionary<string, string?> { ["Webhooks:GlobalUrl"] = "https://hooks.example.test/all" });
        var own = new Uri("https://own.example.test/hook");

        Assert.Equal(own, host.Dispatcher.ResolveWebhookUrl(own));
        Assert.Equal(new Uri("https://hooks.example.test/all"), host.Dispatcher.ResolveWebhookUrl(null));
    }
}
