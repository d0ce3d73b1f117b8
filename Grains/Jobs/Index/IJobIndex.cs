namespace FaceClassifier.Jobs.Index;

/// <summary>
/// The list of jobs, newest first: one small entry per job, kept by the job grain as the job is submitted, changes and is
/// deleted, so the jobs list is read without activating a grain per job.
/// </summary>
public interface IJobIndex
{
    /// <summary>Writes the job's entry (creating or replacing it).</summary>
    Task PutAsync(JobIndexEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Deletes the job's entry; deleting one that is not there is no error.</summary>
    Task DeleteAsync(JobIndexPosition position, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="limit"/> entries, newest first, after <paramref name="after"/> (null: from the newest).
    /// <see cref="JobIndexPage.Next"/> is null when no entry follows the page.
    /// </summary>
    Task<JobIndexPage> ReadPageAsync(int limit, JobIndexPosition? after, CancellationToken cancellationToken = default);
}
