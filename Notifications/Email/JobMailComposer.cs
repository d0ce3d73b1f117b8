using System.Globalization;
using System.Text;
using FaceClassifier.Jobs;
using static System.Net.WebUtility;

namespace FaceClassifier.Notifications.Email;

/// <summary>Writes the mail a user gets when a job ends: who was found, or what went wrong.</summary>
public static class JobMailComposer
{
    private const int NamesInSubject = 3;

    /// <summary>The success or failure mail for a finished job, to <paramref name="to"/>.</summary>
    /// <param name="job">The finished job: its name, result or error.</param>
    /// <param name="to">Where the mail goes (the address the job grain claimed).</param>
    /// <param name="jobPage">The job's page.</param>
    /// <param name="classifiedFrame">The frame with the found people labelled, if one was made; only a success mail links it.</param>
    public static EmailMessage Compose(JobSnapshot job, string to, Uri jobPage, Uri? classifiedFrame)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(jobPage);
        var people = job.Result?.People ?? [];
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif\">\n");
        var video = string.IsNullOrWhiteSpace(job.Name) ? "your video" : $"\"{job.Name.ReplaceLineEndings(" ").Trim()}\"";
        text.Append("Hello,\n\n");
        html.Append("<p>Hello,</p>\n");

        string subject;
        if (job.Status == JobStatus.Completed)
        {
            subject = people.Count == 0 ? $"FaceClassifier: no known people in {video}" : $"FaceClassifier: {Names(people)} found in {video}";
            text.Append(CultureInfo.InvariantCulture, $"FaceClassifier has finished {video}.\n\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>FaceClassifier has finished {HtmlEncode(video)}.</p>\n");
            AppendPeople(people, job.Result?.UnknownFaces.Count ?? 0, text, html);
            if (classifiedFrame is { } frame)
            {
                text.Append(CultureInfo.InvariantCulture, $"Classified frame: {frame.AbsoluteUri}\n");
                html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlEncode(frame.AbsoluteUri)}\">See the classified frame</a></p>\n");
            }
        }
        else
        {
            subject = $"FaceClassifier: {video} could not be processed";
            var error = string.IsNullOrWhiteSpace(job.Error) ? "an unexpected error stopped the job." : job.Error.Trim();
            text.Append(CultureInfo.InvariantCulture, $"FaceClassifier could not process {video}.\n\nWhat went wrong: {error}\n\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>FaceClassifier could not process {HtmlEncode(video)}.</p>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>What went wrong: {HtmlEncode(error)}</p>\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Job page: {jobPage.AbsoluteUri}\n\n-- \nFaceClassifier\n");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlEncode(jobPage.AbsoluteUri)}\">Open the job page</a></p>\n");
        html.Append("</body></html>\n");
        return new EmailMessage(to, null, subject, text.ToString(), html.ToString());
    }

    private static void AppendPeople(IReadOnlyList<PersonResult> people, int unknownFaces, StringBuilder text, StringBuilder html)
    {
        if (people.Count == 0)
        {
            text.Append("No known people were found.\n");
            html.Append("<p>No known people were found.</p>\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"People found ({people.Count}):\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>People found ({people.Count}):</p>\n<ul>\n");
            foreach (var person in people)
            {
                var details = $"{Percent(person.Confidence)} confidence, {SeenTimes.Describe(person)}";
                text.Append(CultureInfo.InvariantCulture, $"  - {person.Name}: {details}\n");
                html.Append(CultureInfo.InvariantCulture, $"<li><strong>{HtmlEncode(person.Name)}</strong>: {HtmlEncode(details)}</li>\n");
            }
            html.Append("</ul>\n");
        }
        if (unknownFaces > 0)
        {
            var unknown = unknownFaces == 1
                ? "1 face did not match anyone enrolled."
                : $"{unknownFaces} faces did not match anyone enrolled.";
            text.Append(CultureInfo.InvariantCulture, $"{unknown}\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{unknown}</p>\n");
        }
        text.Append('\n');
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
}
