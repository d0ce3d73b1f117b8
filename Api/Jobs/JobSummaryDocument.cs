using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Index;

namespace FaceClassifier.Api.Jobs;

/// <summary>A job as the jobs list shows it: who asked, where it is, and the names of the people found.</summary>
public sealed record JobSummaryDocument(
    string Id, string Name, string Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, IReadOnlyList<string> People)
{
    public static JobSummaryDocument From(JobIndexEntry entry) => new(
        entry.JobId.ToString("D"), entry.Name, JobText.Status(entry.Status), entry.CreatedAt, entry.CompletedAt, entry.People);
}

/// <summary>One page of the jobs list, newest first, and the cursor of the next page (null after the last).</summary>
public sealed record JobsPageDocument(IReadOnlyList<JobSummaryDocument> Jobs, string? NextCursor);
