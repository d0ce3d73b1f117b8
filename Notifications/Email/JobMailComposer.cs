using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace FaceClassifier.Notifications.Email;

/// <summary>Writes the mail a user gets when a job ends: who was found, or what went wrong.</summary>
public static class JobMailComposer
{
    private const int NamesInSubject = 3;

    /// <summary>The success or failure mail for a finished job.</summary>
    public static EmailMessage Compose(JobMailInput job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif\">\n");
        var video = string.IsNullOrWhiteSpace(job.JobName) ? "your video" : $"\"{job.JobName.ReplaceLineEndings(" ").Trim()}\"";
        text.Append("Hello,\n\n");
        html.Append("<p>Hello,</p>\n");

        string subject;
        if (job.Succeeded)
        {
            subject = job.People.Count == 0 ? $"FaceClassifier: no known people in {video}" : $"FaceClassifier: {Names(job.People)} found in {video}";
            text.Append(CultureInfo.InvariantCulture, $"FaceClassifier has finished {video}.\n\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>FaceClassifier has finished {HtmlEncode(video)}.</p>\n");
            AppendPeople(job, text, html);
            if (job.ClassifiedFrameUrl is { } frame)
            {
                text.Append(CultureInfo.InvariantCulture, $"Classified frame: {frame.AbsoluteUri}\n");
                html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlEncode(frame.AbsoluteUri)}\">See the classified frame</a></p>\n");
            }
        }
        else
        {
            subject = $"FaceClassifier: {video} could not be processed";
            var error = string.IsNullOrWhiteSpace(job.ErrorMessage) ? "an unexpected error stopped the job." : job.ErrorMessage.Trim();
            text.Append(CultureInfo.InvariantCulture, $"FaceClassifier could not process {video}.\n\nWhat went wrong: {error}\n\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>FaceClassifier could not process {HtmlEncode(video)}.</p>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>What went wrong: {HtmlEncode(error)}</p>\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Job page: {job.JobPageUrl.AbsoluteUri}\n\n-- \nFaceClassifier\n");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlEncode(job.JobPageUrl.AbsoluteUri)}\">Open the job page</a></p>\n");
        html.Append("</body></html>\n");
        return new EmailMessage(job.Email, null, subject, text.ToString(), html.ToString());
    }

    private static void AppendPeople(JobMailInput job, StringBuilder text, StringBuilder html)
    {
        if (job.People.Count == 0)
        {
            text.Append("No known people were found.\n");
            html.Append("<p>No known people were found.</p>\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"People found ({job.People.Count}):\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>People found ({job.People.Count}):</p>\n<ul>\n");
            foreach (var person in job.People)
            {
                var details = $"{Percent(person.Confidence)} confidence, {Seen(person)}";
                text.Append(CultureInfo.InvariantCulture, $"  - {person.Name}: {details}\n");
                html.Append(CultureInfo.InvariantCulture, $"<li><strong>{HtmlEncode(person.Name)}</strong>: {HtmlEncode(details)}</li>\n");
            }
            html.Append("</ul>\n");
        }
        if (job.UnknownFaceCount > 0)
        {
            var unknown = job.UnknownFaceCount == 1
                ? "1 face did not match anyone enrolled."
                : $"{job.UnknownFaceCount} faces did not match anyone enrolled.";
            text.Append(CultureInfo.InvariantCulture, $"{unknown}\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{unknown}</p>\n");
        }
        text.Append('\n');
    }

    private static string Names(IReadOnlyList<PersonFound> people)
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

    private static string Seen(PersonFound person) => person.FirstSeen == person.LastSeen
        ? $"seen at {Time(person.FirstSeen)}"
        : $"seen from {Time(person.FirstSeen)} to {Time(person.LastSeen)}";

    private static string Time(TimeSpan time) =>
        time.ToString(time >= TimeSpan.FromHours(1) ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
