using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Email;
using FaceClassifier.Tests.Notifications.Support;

namespace FaceClassifier.Tests.Notifications.Email;

[Trait("Kind", "unit")]
public sealed class JobMailComposerTests
{
    private static readonly Guid JobId = Guid.Parse("5b0e2a4c-1f7d-4c1e-9a43-0d3c6f2b8e11");
    private static readonly Uri JobPage = new("http://faceclassifier.test/jobs/5b0e2a4c-1f7d-4c1e-9a43-0d3c6f2b8e11");

    [Theory]
    [InlineData(new string[0], "FaceClassifier: no known people in \"v.mp4\"")]
    [InlineData(new[] { "Alice" }, "FaceClassifier: Alice found in \"v.mp4\"")]
    [InlineData(new[] { "Alice", "Bob", "Carol" }, "FaceClassifier: Alice, Bob and Carol found in \"v.mp4\"")]
    [InlineData(new[] { "Alice", "Bob", "Carol", "Dan", "Eve" }, "FaceClassifier: Alice, Bob, Carol and 2 more found in \"v.mp4\"")]
    public void SuccessSubject_NamesWhoWasFound(string[] names, string subject)
    {
        var people = names.Select(n => FinishedJob.Person(n, 0.9, TimeSpan.Zero, TimeSpan.FromSeconds(1))).ToList();

        Assert.Equal(subject, Compose(true, people, name: "v.mp4").Subject);
    }

    [Fact]
    public void FailureMail_SaysWhatWentWrong()
    {
        var mail = Compose(false, [], name: null, error: "ffmpeg could not decode the video.");

        Assert.Equal(("owner@example.test", null), (mail.ToAddress, mail.ToName));
        Assert.Equal("FaceClassifier: your video could not be processed", mail.Subject);
        Assert.Equal(
            "Hello,\n\nFaceClassifier could not process your video.\n\nWhat went wrong: ffmpeg could not decode the video.\n\n"
            + $"Job page: {JobPage.AbsoluteUri}\n\n-- \nFaceClassifier\n",
            mail.TextBody);
    }

    [Fact]
    public void SuccessMail_ListsPeopleWithConfidenceAndTimes_AndEncodesUserValuesInHtml()
    {
        var frame = new Uri("http://faceclassifier.test/frames/1.jpg");
        var people = new List<PersonResult>
        {
            FinishedJob.Person("<script>alert(1)</script>", 0.996, TimeSpan.FromSeconds(65), TimeSpan.FromMinutes(75)),
            FinishedJob.Person("Zoë", 0.5, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)),
        };

        var mail = Compose(true, people, name: "a&b.mp4", unknown: 1, frame: frame);

        Assert.Equal(
            "Hello,\n\nFaceClassifier has finished \"a&b.mp4\".\n\nPeople found (2):\n"
            + "  - <script>alert(1)</script>: 100% confidence, seen from 1:05 to 1:15:00\n"
            + "  - Zoë: 50% confidence, seen at 0:07\n"
            + "1 face did not match anyone enrolled.\n"
            + "  - unknown-1: seen at 0:01\n"
            + "You can name them on the job page.\n\n"
            + $"Classified frame: {frame.AbsoluteUri}\nJob page: {JobPage.AbsoluteUri}\n\n-- \nFaceClassifier\n",
            mail.TextBody);
        Assert.Contains("<li><strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>: 100% confidence, seen from 1:05 to 1:15:00</li>", mail.HtmlBody);
        Assert.Contains("<p>FaceClassifier has finished &quot;a&amp;b.mp4&quot;.</p>", mail.HtmlBody);
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.Contains($"<a href=\"{frame.AbsoluteUri}\">See the classified frame</a>", mail.HtmlBody);
    }

    [Fact]
    public void SuccessMail_GivesEachPersonsSegments_AndCountsThoseBeyondFive()
    {
        var people = new List<PersonResult>
        {
            new PersonResult("person-ann", "Ann", 0.9, 5, 105, 40, 6) { FaceId = "f1", Segments = [new(5, 12), new(90, 105)] },
            new PersonResult("person-bob", "Bob", 0.8, 1, 20, 9, 2)
            {
                FaceId = "f2", Segments = [new(1, 1.2), new(3, 4), new(6, 7), new(9, 10), new(12, 13), new(15, 16), new(19, 20)],
            },
        };

        var mail = Compose(true, people, name: "v.mp4");

        Assert.Contains("  - Ann: 90% confidence, seen from 0:05 to 0:12 and from 1:30 to 1:45\n", mail.TextBody);
        Assert.Contains("  - Bob: 80% confidence, seen at 0:01, from 0:03 to 0:04, from 0:06 to 0:07, from 0:09 to 0:10, from 0:12 to 0:13 and 2 more times\n", mail.TextBody);
        Assert.Contains("<li><strong>Ann</strong>: 90% confidence, seen from 0:05 to 0:12 and from 1:30 to 1:45</li>", mail.HtmlBody);
        Assert.Contains($"<a href=\"{JobPage.AbsoluteUri}\">Open the job page</a>", mail.HtmlBody);
    }

    [Fact]
    public void SuccessMail_ShowsTheThumbnailOfEachFaceItHas_AndCarriesOnlyThose()
    {
        var people = new List<PersonResult>
        {
            new PersonResult("person-ann", "Ann", 0.9, 5, 12, 4, 6, ThumbnailKey: "frames/a/faces/0.jpg") { FaceId = "f1" },
            new PersonResult("person-bob", "Bob", 0.8, 1, 2, 2, 1, ThumbnailKey: "frames/a/faces/1.jpg") { FaceId = "f2" },
        };
        var unknown = new UnknownFaceResult("unknown person 1", 3, 7, 9, ThumbnailKey: "frames/a/faces/2.jpg") { FaceId = "f3" };
        var finished = FinishedJob.Completed(JobId, "v.mp4", people);
        var job = finished with { Result = finished.Result! with { UnknownFaces = [unknown] } };
        var thumbnails = new Dictionary<string, byte[]> { ["frames/a/faces/0.jpg"] = [1, 2, 3], ["frames/a/faces/2.jpg"] = [4, 5] };

        var mail = JobMailComposer.Compose(job, "owner@example.test", JobPage, null, thumbnails);

        var images = mail.Images!;
        Assert.Equal([$"f1.{JobId:N}@faceclassifier", $"f3.{JobId:N}@faceclassifier"], images.Select(i => i.ContentId));
        Assert.Equal([1, 2, 3], images[0].Jpeg);
        Assert.Contains($"<li><img src=\"cid:f1.{JobId:N}@faceclassifier\"", mail.HtmlBody);
        Assert.Contains("<li><strong>Bob</strong>: 80% confidence, seen from 0:01 to 0:02</li>", mail.HtmlBody);
        Assert.Contains($"<li><img src=\"cid:f3.{JobId:N}@faceclassifier\"", mail.HtmlBody);
        Assert.Contains("<strong>unknown person 1</strong>: seen from 0:07 to 0:09</li>", mail.HtmlBody);
        Assert.Contains("  - unknown person 1: seen from 0:07 to 0:09\n", mail.TextBody);
    }

    [Fact]
    public void SuccessMail_ListsTenUnknownFaces_AndCountsTheRest()
    {
        var mail = Compose(true, [], name: "v.mp4", unknown: 12);

        Assert.Contains("12 faces did not match anyone enrolled.\n", mail.TextBody);
        Assert.Contains("  - unknown-10: seen at 0:10\n2 more are on the job page.\n", mail.TextBody);
        Assert.DoesNotContain("unknown-11", mail.TextBody);
        Assert.Empty(mail.Images!);
    }

    [Fact]
    public void JobNameWithLineBreaks_StaysOnOneSubjectLine()
    {
        var mail = Compose(false, [], name: "evil\r\nBcc: x@y.test", error: null);

        Assert.Equal("FaceClassifier: \"evil Bcc: x@y.test\" could not be processed", mail.Subject);
        Assert.Contains("What went wrong: an unexpected error stopped the job.", mail.TextBody);
    }

    [Fact]
    public void Mails_say_until_when_the_result_is_kept_as_the_UTC_date()
    {
        // 23:30 at UTC-2 is already the next day in UTC, the date the sweep goes by.
        var until = new DateTimeOffset(2026, 12, 30, 23, 30, 0, TimeSpan.FromHours(-2));
        var frame = new Uri("http://faceclassifier.test/frames/1.jpg");

        var success = JobMailComposer.Compose(FinishedJob.Completed(JobId, "v.mp4", []) with { ExpiresAt = until }, "owner@example.test", JobPage, frame);
        var failure = JobMailComposer.Compose(FinishedJob.Failed(JobId, "v.mp4", "bad codec") with { ExpiresAt = until }, "owner@example.test", JobPage, null);

        Assert.Contains("No known people were found.\n\nThe result is kept until 2026-12-31.\n\nClassified frame: ", success.TextBody);
        Assert.Contains("<p>The result is kept until 2026-12-31.</p>", success.HtmlBody);
        Assert.Contains("What went wrong: bad codec\n\nThe job is kept until 2026-12-31.\n\nJob page: ", failure.TextBody);
    }

    [Fact]
    public void Mails_of_jobs_kept_forever_say_nothing_about_keeping()
    {
        Assert.DoesNotContain("kept until", Compose(true, [], name: "v.mp4").TextBody);
        Assert.DoesNotContain("kept until", Compose(false, [], name: "v.mp4", error: "bad codec").TextBody);
    }

    private static EmailMessage Compose(
        bool succeeded, IReadOnlyList<PersonResult> people, string? name, string? error = null, int unknown = 0, Uri? frame = null) =>
        JobMailComposer.Compose(
            succeeded ? FinishedJob.Completed(JobId, name ?? "", people, unknown) : FinishedJob.Failed(JobId, name ?? "", error),
            "owner@example.test",
            JobPage,
            frame);
}
