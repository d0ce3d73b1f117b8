using FaceClassifier.Jobs.Index;

namespace FaceClassifier.Jobs;

/// <summary>Keeping the job's entry in the jobs list in step with its state.</summary>
public sealed partial class ClassificationJobGrain
{
    private JobIndexEntry? _indexed;

    /// <summary>
    /// Writes the entry when what the list shows changed since this activation last wrote it (after a reactivation, once
    /// more at the first save). Called after the state write: a failed index write fails the call, and the next save retries it.
    /// </summary>
    private async Task IndexAsync()
    {
        if (!state.RecordExists || S.Deleted)
        {
            return;
        }

        var entry = JobIndexEntry.Of(Id, S);
        if (entry.SameAs(_indexed))
        {
            return;
        }

        await index.PutAsync(entry);
        _indexed = entry;
    }

    /// <summary>Takes the job off the list; done before the tombstone, so a crash in between leaves a job a repeated DELETE still finds.</summary>
    private async Task UnindexAsync()
    {
        await index.DeleteAsync(new JobIndexPosition(S.CreatedAt.UtcTicks, Id));
        _indexed = null;
    }
}
