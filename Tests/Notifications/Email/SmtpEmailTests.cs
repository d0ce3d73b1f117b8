using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.Email;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Notifications.Support;

namespace FaceClassifier.Tests.Notifications.Email;

/// <summary>Mail over SMTP to a real maildev server, read back through its REST API.</summary>
[Trait("Kind", "integration")]
public sealed class SmtpEmailTests(MailDevServer maildev) : IClassFixture<MailDevServer>
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly Guid _jobId = Guid.NewGuid();
    private readonly string _recipient = $"owner-{Guid.NewGuid():N}@example.test";

    [Fact]
    public async Task SuccessMail_ArrivesWithRecipientSubjectAndBody()
    {
        await using var host = NotificationTestHost.Create(TestAssets.TempDirectory(), TimeProvider.System, Smtp(maildev.SmtpPort));
        var jobPage = new Uri($"http://faceclassifier.test/jobs/{_jobId:D}");
        var frame = new Uri($"http://faceclassifier.test/api/jobs/{_jobId:D}/classified-frame.jpg");
        var job = FinishedJob.Completed(_jobId, "party <b>2025</b>.mp4",
            [FinishedJob.Person("Alice", 0.934, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(72)),
             FinishedJob.Person("Bob", 0.81, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30))],
            unknownFaces: 3);
        var mail = JobMailComposer.Compose(job, _recipient, jobPage, frame);

        var result = await host.Dispatcher.SendEmailAsync(_jobId, mail).Within();

        Assert.Equal(new NotificationResult(NotificationKind.Email, true, 1, null, null), result);
        var received = await maildev.WaitForMailToAsync(_recipient);
        Assert.Equal("FaceClassifier: Alice and Bob found in \"party <b>2025</b>.mp4\"", received.Subject);
        Assert.Equal(_recipient, Assert.Single(received.To).Address);
        Assert.Equal(("faceclassifier@example.test", "FaceClassifier Test"), (received.From[0].Address, received.From[0].Name));
        Assert.Contains("  - Alice: 93% confidence, seen from 0:04 to 1:12\n", received.Text);
        Assert.Contains("  - Bob: 81% confidence, seen at 0:30\n", received.Text);
        Assert.Contains("3 faces did not match anyone enrolled.", received.Text);
        Assert.Contains($"Classified frame: {frame.AbsoluteUri}\n", received.Text);
        Assert.Contains($"Job page: {jobPage.AbsoluteUri}\n", received.Text);
        Assert.Contains("party &lt;b&gt;2025&lt;/b&gt;.mp4", received.Html);
        Assert.DoesNotContain("<b>2025</b>", received.Html);
        Assert.Contains($"href=\"{frame.AbsoluteUri}\"", received.Html);
        Assert.Equal(1, host.Metrics.Total("sent", "email"));
    }

    [Fact]
    public async Task WrongPassword_IsDeadLetteredWithoutRetrying()
    {
        await using var host = NotificationTestHost.Create(TestAssets.TempDirectory(), TimeProvider.System,
            Smtp(maildev.SmtpPort, password: "not-the-password"));
        var mail = new EmailMessage(_recipient, "Owner", "Your job", "Plain text", "<p>HTML</p>");

        var result = await host.Dispatcher.SendEmailAsync(_jobId, mail).Within();

        Assert.Equal((false, 1), (result.Delivered, result.Attempts));
        Assert.StartsWith("SMTP authentication failed:", result.LastError);
        var letter = Assert.Single(await host.DeadLetters.ListAsync());
        Assert.Equal((NotificationKind.Email, _jobId, _recipient, 1), (letter.Kind, letter.JobId, letter.Target, letter.Attempts));
        Assert.Contains("Subject: Your job", letter.Payload);
        Assert.DoesNotContain("not-the-password", letter.Payload + letter.LastError);
    }

    [Fact]
    public async Task ServerDown_IsRetried_AndReplayAfterARestartWithTheRightServerDeliversTheSameMail()
    {
        var data = TestAssets.TempDirectory();
        var clock = new TimerRecordingClock(Start);
        var mail = new EmailMessage(_recipient, "Owner", "FaceClassifier: Alice found in \"a.mp4\"", "Alice was found.", "<p>Alice was found.</p>");
        Guid deadLetterId;
        await using (var down = NotificationTestHost.Create(data, clock, Smtp(FreePort.Next())))
        {
            var sending = down.Dispatcher.SendEmailAsync(_jobId, mail);
            Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(TimeSpan.FromSeconds(2), await clock.NextTimerAsync(NotificationTestHost.AttemptTimeout));
            clock.Advance(TimeSpan.FromSeconds(2));
            var result = await sending.Within();

            Assert.Equal((false, 3), (result.Delivered, result.Attempts));
            Assert.StartsWith("Connection error: Connection refused", result.LastError);
            Assert.Equal((2, 1), (down.Metrics.Total("retried", "email"), down.Metrics.Total("dead_lettered", "email")));
            deadLetterId = result.DeadLetterId!.Value;
        }

        await using var fixedHost = NotificationTestHost.Create(data, clock, Smtp(maildev.SmtpPort));
        Assert.Equal(deadLetterId, Assert.Single(await fixedHost.Dispatcher.ListDeadLettersAsync()).Id);
        var replay = await fixedHost.Dispatcher.ReplayAsync(deadLetterId).Within();

        Assert.Equal(new ReplayResult(ReplayStatus.Delivered, 1, null), replay);
        var received = await maildev.WaitForMailToAsync(_recipient);
        Assert.Equal(mail.Subject, received.Subject);
        Assert.Equal("Alice was found.", received.Text?.Trim());
        Assert.Empty(await fixedHost.DeadLetters.ListAsync());
    }

    private static Dictionary<string, string?> Smtp(int port, string password = MailDevServer.Password) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = $"{port}",
        ["Smtp:SecureSocket"] = "None",
        ["Smtp:UserName"] = MailDevServer.UserName,
        ["Smtp:Password"] = password,
        ["Smtp:FromAddress"] = "faceclassifier@example.test",
        ["Smtp:FromName"] = "FaceClassifier Test",
    };
}
