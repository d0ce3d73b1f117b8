using System.Globalization;
using System.Text;
using FaceClassifier.Jobs;
using static System.Net.WebUtility;

namespace FaceClassifier.Notifications.Email;

/// <summary>Writes the mail a user gets when a job ends: who was found, with their faces, or what went wrong.</summary>
public static class JobMailComposer
{
    private const int NamesInSubject = 3;

    /// <summary>A mail lists this many unknown faces; the rest are counted.</summary>
    public const int MaxUnknownListed = 10;

    /// <summary>The success or failure mail for a finished job, to <paramref name="to"/>.</summary>
    /// <param name="job">The finished job: its name, result or error.</param>
    /// <param name="to">Where the mail goes (the address the job grain claimed).</param>
    /// <param name="jobPage">The job's page.</param>
    /// <param name="classifiedFrame">The frame with the found people labelled, if one was made; only a success mail links it.</param>
    /// <param name="thumbnails">Face thumbnails by their blob key; the mail carries those of the faces it lists.</param>
    public static EmailMessage Compose(
        JobSnapshot job, string to, Uri jobPage, Uri? classifiedFrame, IReadOnlyDictionary<string, byte[]>? thumbnails = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(jobPage);
        var mail = new MailBody(job.Id, thumbnails ?? new Dictionary<string, byte[]>());
        var people = job.Result?.People ?? [];
        var video = string.IsNullOrWhiteSpace(job.Name) ? "your video" : $"\"{job.Name.ReplaceLineEndings(" ").Trim()}\"";
        mail.Paragraph("Hello,");

        string subject;
        if (job.Status == JobStatus.Completed)
        {
            subject = people.Count == 0 ? $"FaceClassifier: no known people in {video}" : $"FaceClassifier: {Names(people)} found in {video}";
            mail.Paragraph($"FaceClassifier has finished {video}.");
            AppendPeople(people, mail);
            AppendUnknownFaces(job.Result?.UnknownFaces ?? [], mail);
            mail.EndSection();
            AppendKeptUntil(job, "The result", mail);
            if (classifiedFrame is { } frame)
            {
                mail.Link("Classified frame", frame, "See the classified frame");
            }
        }
        else
        {
            subject = $"FaceClassifier: {video} could not be processed";
            var error = string.IsNullOrWhiteSpace(job.Error) ? "an unexpected error stopped the job." : job.Error.Trim();
            mail.Paragraph($"FaceClassifier could not process {video}.");
            mail.Paragraph($"What went wrong: {error}");
            AppendKeptUntil(job, "The job", mail);
        }

        mail.Link("Job page", jobPage, "Open the job page");
        return mail.Finish(to, subject);
    }

    private static void AppendPeople(IReadOnlyList<PersonResult> people, MailBody mail)
    {
        if (people.Count == 0)
        {
            mail.Line("No known people were found.");
            return;
        }

        mail.ListStart($"People found ({people.Count}):");
        foreach (var person in people)
        {
            mail.Item(person.Name, $"{Percent(person.Confidence)} confidence, {SeenTimes.Describe(person)}", person.FaceId, person.ThumbnailKey);
        }
        mail.ListEnd();
    }

    private static void AppendUnknownFaces(IReadOnlyList<UnknownFaceResult> faces, MailBody mail)
    {
        if (faces.Count == 0)
        {
            return;
        }

        mail.ListStart(faces.Count == 1 ? "1 face did not match anyone enrolled." : $"{faces.Count} faces did not match anyone enrolled.");
        foreach (var face in faces.Take(MaxUnknownListed))
        {
            mail.Item(face.Label, SeenTimes.Describe(face), face.FaceId, face.ThumbnailKey);
        }
        mail.ListEnd();
        if (faces.Count > MaxUnknownListed)
        {
            mail.Line($"{faces.Count - MaxUnknownListed} more are on the job page.");
        }
        mail.Line("You can name them on the job page.");
    }

    /// <summary>"The result is kept until 2026-12-31." (the UTC date the sweep may delete it from), when it is not kept forever.</summary>
    private static void AppendKeptUntil(JobSnapshot job, string what, MailBody mail)
    {
        if (job.ExpiresAt is { } until)
        {
            mail.Paragraph($"{what} is kept until {until.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }
    }

    private static string Names(IReadOnlyList<PersonResult> people)
    {
        var names = people.Select(p => p.Name.ReplaceLineEndings(" ").Trim()).ToList();
        return names.Count switch
        {
            1 => names[0],
            <= NamesInSubject => $"{string.Join(", ", names[..^1])} and {names[^1]}",
            _ => $"{string.Join(", ", names[..NamesInSubject])} and {names.Count - NamesInSubject} more",
        };
    }

    private static string Percent(double confidence) =>
        $"{Math.Round(Math.Clamp(confidence, 0, 1) * 100).ToString(CultureInfo.InvariantCulture)}%";

    /// <summary>The plain-text and HTML bodies written side by side, and the thumbnails the HTML shows.</summary>
    private sealed class MailBody(Guid jobId, IReadOnlyDictionary<string, byte[]> thumbnails)
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _html = new("<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif\">\n");
        private readonly List<InlineImage> _images = [];

        public void Paragraph(string text)
        {
            _text.Append(CultureInfo.InvariantCulture, $"{text}\n\n");
            _html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlEncode(text)}</p>\n");
        }

        public void Line(string text)
        {
            _text.Append(CultureInfo.InvariantCulture, $"{text}\n");
            _html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlEncode(text)}</p>\n");
        }

        public void ListStart(string heading)
        {
            _text.Append(CultureInfo.InvariantCulture, $"{heading}\n");
            _html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlEncode(heading)}</p>\n<ul style=\"list-style:none;padding-left:0\">\n");
        }

        public void Item(string name, string details, string faceId, string? thumbnailKey)
        {
            _text.Append(CultureInfo.InvariantCulture, $"  - {name}: {details}\n");
            _html.Append("<li>");
            if (thumbnailKey is not null && thumbnails.TryGetValue(thumbnailKey, out var jpeg))
            {
                var contentId = string.Create(CultureInfo.InvariantCulture, $"{(faceId.Length > 0 ? faceId : $"face{_images.Count + 1}")}.{jobId:N}@faceclassifier");
                _images.Add(new InlineImage(contentId, jpeg));
                _html.Append(CultureInfo.InvariantCulture,
                    $"<img src=\"cid:{contentId}\" width=\"64\" height=\"64\" alt=\"\" style=\"vertical-align:middle;border-radius:4px;margin:2px 8px 2px 0\">");
            }
            _html.Append(CultureInfo.InvariantCulture, $"<strong>{HtmlEncode(name)}</strong>: {HtmlEncode(details)}</li>\n");
        }

        public void ListEnd() => _html.Append("</ul>\n");

        public void EndSection() => _text.Append('\n');

        public void Link(string label, Uri target, string linkText)
        {
            _text.Append(CultureInfo.InvariantCulture, $"{label}: {target.AbsoluteUri}\n");
            _html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlEncode(target.AbsoluteUri)}\">{HtmlEncode(linkText)}</a></p>\n");
        }

        public EmailMessage Finish(string to, string subject)
        {
            _text.Append("\n-- \nFaceClassifier\n");
            _html.Append("</body></html>\n");
            return new EmailMessage(to, null, subject, _text.ToString(), _html.ToString(), _images);
        }
    }
}
