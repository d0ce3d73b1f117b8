using FaceClassifier.Notifications;
using FaceClassifier.Notifications.Email;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Notifications.Support;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FaceClassifier.Tests.Notifications.Email;

/// <summary>Without <c>Smtp:Host</c> mails are written to &lt;data&gt;/outbox as .eml files.</summary>
[Trait("Kind", "unit")]
public sealed class OutboxEmailTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, 123, TimeSpan.Zero);
    private readonly Guid _jobId = Guid.NewGuid();
    private readonly string _data = TestAssets.TempDirectory();

    [Fact]
    public async Task FailureMail_IsWrittenAsAnEmlFileThatParsesBack()
    {
        await using var host = NotificationTestHost.Create(_data, new FakeTimeProvider(Start));
        var job = FinishedJob.Failed(_jobId, "holiday.mov", "The video has no readable frames <codec: xyz>.");
        var mail = JobMailComposer.Compose(job, "Owner@Example.test", new Uri($"http://faceclassifier.test/jobs/{_jobId:D}"), null);

        var result = await host.Dispatcher.SendEmailAsync(_jobId, mail).Within();

        Assert.True(result.Delivered);
        Assert.IsType<OutboxEmailSender>(host.Get<IEmailSender>());
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_data, "outbox")));
        Assert.Matches(@"^20250301T120000123Z-[0-9a-f]{32}\.eml$", Path.GetFileName(file));
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Owner@Example.test", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(("FaceClassifier", "faceclassifier@localhost"), (message.From.Mailboxes.Single().Name, message.From.Mailboxes.Single().Address));
        Assert.Equal("FaceClassifier: \"holiday.mov\" could not be processed", message.Subject);
        Assert.Equal(mail.TextBody, message.TextBody);
        Assert.Equal(mail.HtmlBody, message.HtmlBody);
        Assert.Contains("What went wrong: The video has no readable frames &lt;codec: xyz&gt;.", message.HtmlBody);
        Assert.Equal(_jobId.ToString("D"), message.Headers["X-FaceClassifier-Job"]);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), message.Date); // whole seconds, as RFC 5322 has it
    }

    [Fact]
    public async Task InvalidRecipient_IsDeadLetteredWithoutAnAttempt()
    {
        await using var host = NotificationTestHost.Create(_data, new FakeTimeProvider(Start));

        var result = await host.Dispatcher.SendEmailAsync(_jobId, new EmailMessage("not an address", null, "S", "T", "<p>H</p>")).Within();

        Assert.Equal((false, 0, "The recipient is not a valid mail address."), (result.Delivered, result.Attempts, result.LastError));
        var letter = Assert.Single(await host.DeadLetters.ListAsync());
        Assert.Equal(("not an address", NotificationKind.Email), (letter.Target, letter.Kind));
        Assert.False(Directory.Exists(Path.Combine(_data, "outbox")));
    }
}
