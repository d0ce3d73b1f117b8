using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;
using MimeKit;
using FaceClassifier.Tests.Notifications.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Notifications;

/// <summary>The channel writes the mail from the job snapshot the grain handed over, with the job's links.</summary>
[Trait("Kind", "unit")]
public sealed class JobNotificationChannelTests
{
    private const string PublicBase = "http://faceclassifier.test:8080";
    private readonly string _data = TestAssets.TempDirectory();
    private readonly Guid _jobId = Guid.NewGuid();

    [Fact]
    public async Task SuccessMail_LinksTheJobPageAndTheClassifiedFrame()
    {
        await using var host = Host();
        var job = FinishedJob.Completed(_jobId, "v.mp4",
            [FinishedJob.Person("Ann", 0.9, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2))], unknownFaces: 1,
            imageKey: $"frames/{_jobId:N}.jpg");

        var outcome = await host.Get<IJobNotificationChannel>().SendEmailAsync(new EmailTask("first@example.com", job), CancellationToken.None).Within();

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        using var mail = await SingleOutboxMailAsync();
        Assert.Equal("first@example.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("FaceClassifier: Ann found in \"v.mp4\"", mail.Subject);
        Assert.Contains($"Job page: {PublicBase}/jobs/{_jobId}\n", mail.TextBody);
        Assert.Matches($@"Classified frame: {PublicBase}/files/frames/{_jobId:N}\.jpg\?expires=\d+&sig=\S+\n", mail.TextBody);
        Assert.Contains("1 face did not match anyone enrolled.", mail.TextBody);
    }

    [Fact]
    public async Task SuccessMail_CarriesTheStoredThumbnails_AsImagesItsHtmlShows()
    {
        await using var host = Host();
        var blobs = host.Get<IBlobStore>();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9];
        await blobs.WriteAsync(BlobKeys.FaceThumbnail(_jobId, 0), new MemoryStream(jpeg), jpeg.Length);
        var person = FinishedJob.Person("Ann", 0.9, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2))
            with { FaceId = "f1", ThumbnailKey = BlobKeys.FaceThumbnail(_jobId, 0) };
        var missing = FinishedJob.Person("Bob", 0.8, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4))
            with { FaceId = "f2", ThumbnailKey = BlobKeys.FaceThumbnail(_jobId, 1) };
        var job = FinishedJob.Completed(_jobId, "v.mp4", [person, missing]);

        var outcome = await host.Get<IJobNotificationChannel>().SendEmailAsync(new EmailTask("first@example.com", job), CancellationToken.None).Within();

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        using var mail = await SingleOutboxMailAsync();
        var image = Assert.IsType<MimePart>(Assert.Single(mail.BodyParts, p => p.ContentType.MediaType == "image"));
        Assert.Equal(($"f1.{_jobId:N}@faceclassifier", "image/jpeg"), (image.ContentId, image.ContentType.MimeType));
        using var content = new MemoryStream();
        await Assert.IsAssignableFrom<IMimeContent>(image.Content).DecodeToAsync(content);
        Assert.Equal(jpeg, content.ToArray());
        Assert.Contains($"<img src=\"cid:{image.ContentId}\"", mail.HtmlBody);
        Assert.Contains("<li><strong>Bob</strong>", mail.HtmlBody);
    }

    [Fact]
    public async Task LineBreaksInTheJobsNameOrErrorNeverBecomeHeadersInMailKitsOutput()
    {
        await using var host = Host();
        var job = FinishedJob.Failed(_jobId, "evil\r\nBcc: victim@example.test\r\n\r\nbody", "bad\r\nBcc: other@example.test");

        await host.Get<IJobNotificationChannel>().SendEmailAsync(new EmailTask("first@example.com", job), CancellationToken.None).Within();

        var eml = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(_data, "outbox"))));
        using var mail = await SingleOutboxMailAsync();
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain(mail.Headers, h => h.Field.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("FaceClassifier: \"evil Bcc: victim@example.test  body\" could not be processed", mail.Subject);
        var lines = eml.ReplaceLineEndings("\n").Split('\n');
        var headerLines = lines.TakeWhile(l => l.Length > 0).ToList();
        Assert.DoesNotContain(headerLines, l => l.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task FailureMail_HasNoFrameLink_EvenWhenTheJobHasAFrame()
    {
        await using var host = Host();
        var job = FinishedJob.Failed(_jobId, "v.mp4", "the video has no decodable frames", imageKey: $"frames/{_jobId:N}.jpg");

        var outcome = await host.Get<IJobNotificationChannel>().SendEmailAsync(new EmailTask("first@example.com", job), CancellationToken.None).Within();

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        using var mail = await SingleOutboxMailAsync();
        Assert.Contains("What went wrong: the video has no decodable frames\n", mail.TextBody);
        Assert.Contains($"Job page: {PublicBase}/jobs/{_jobId}\n", mail.TextBody);
        Assert.DoesNotContain("Classified frame", mail.TextBody);
        Assert.DoesNotContain("/files/", mail.HtmlBody);
    }

    [Fact]
    public async Task Webhook_WithoutAnyUrl_IsSkipped()
    {
        await using var host = Host();

        var outcome = await host.Get<IJobNotificationChannel>()
            .SendWebhookAsync(new WebhookTask(null, FinishedJob.Failed(_jobId, "v.mp4", "x")), CancellationToken.None).Within();

        Assert.Equal(DeliveryOutcome.Skipped, outcome);
        Assert.Empty(await host.DeadLetters.ListAsync());
    }

    private NotificationTestHost Host() => NotificationTestHost.Create(_data, TimeProvider.System, new Dictionary<string, string?>
    {
        ["SignedUrls:PublicBaseUrl"] = PublicBase,
        ["SignedUrls:SigningKey"] = "test-signing-key",
    });

    private async Task<MimeMessage> SingleOutboxMailAsync() =>
        await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(Path.Combine(_data, "outbox"))));
}
