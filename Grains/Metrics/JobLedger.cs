namespace FaceClassifier.Metrics;

/// <summary>
/// Applies phase reports to the counts idempotently. Phases only move forward, so a report that does not move a job
/// past the phase last recorded for it (a repeat, or one overtaken by a later report) changes nothing. Open jobs are
/// always remembered; closed ones only for the last <c>keepClosed</c>, which bounds the state (one grain's state must
/// stay small) and still catches the repeats that follow a report closely.
/// </summary>
public static class JobLedger
{
    /// <summary>Applies <paramref name="change"/>; false when it changed nothing (nothing to write).</summary>
    public static bool Apply(JobStatisticsState state, JobPhaseChange change, int keepClosed)
    {
        JobPhase? counted;
        if (state.Last.TryGetValue(change.JobId, out var last))
        {
            if (Rank(change.Current) <= Rank(last))
            {
                return false;
            }

            counted = last == JobPhase.Deleted ? null : last;
        }
        else if (change.Replay && !IsOpen(change.Current))
        {
            // A closed job this ledger does not hold: either counted already (and forgotten) or never seen; both stay.
            return false;
        }
        else
        {
            // Unknown here yet reported as leaving an open phase means that report was lost: it was never counted.
            counted = change.Previous is { } previous && !IsOpen(previous) && previous != JobPhase.Deleted ? previous : null;
        }

        if (counted is { } from)
        {
            state.Counts = Add(state.Counts, from, -1);
        }

        if (change.Current != JobPhase.Deleted)
        {
            state.Counts = Add(state.Counts, change.Current, 1);
        }

        state.Last[change.JobId] = change.Current;
        if (!IsOpen(change.Current))
        {
            state.Closed.Remove(change.JobId);
            state.Closed.Add(change.JobId);
            Trim(state, keepClosed);
        }

        return true;
    }

    private static void Trim(JobStatisticsState state, int keepClosed)
    {
        var excess = state.Closed.Count - keepClosed;
        if (excess <= 0)
        {
            return;
        }

        foreach (var id in state.Closed.Take(excess))
        {
            state.Last.Remove(id);
        }

        state.Closed.RemoveRange(0, excess);
    }

    private static bool IsOpen(JobPhase phase) => phase is JobPhase.Queued or JobPhase.Processing;

    private static int Rank(JobPhase phase) => phase switch
    {
        JobPhase.Queued => 0,
        JobPhase.Processing => 1,
        JobPhase.Completed or JobPhase.Error => 2,
        _ => 3,
    };

    private static JobCounts Add(JobCounts counts, JobPhase phase, int delta) => phase switch
    {
        JobPhase.Queued => counts with { Queued = Math.Max(0, counts.Queued + delta) },
        JobPhase.Processing => counts with { Processing = Math.Max(0, counts.Processing + delta) },
        JobPhase.Completed => counts with { Completed = Math.Max(0, counts.Completed + delta) },
        JobPhase.Error => counts with { Error = Math.Max(0, counts.Error + delta) },
        _ => counts,
    };
}
