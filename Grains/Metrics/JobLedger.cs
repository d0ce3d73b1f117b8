namespace FaceClassifier.Metrics;

/// <summary>
/// Applies phase reports to the counts so that any arrival order of the same reports gives the same counts: one-way
/// calls are not ordered. Phases only move forward (Deleted beats everything, Completed and Error beat Processing, which
/// beats Queued), so the ledger keeps the furthest phase seen per job and counts each job there; a repeat or an overtaken
/// report changes nothing. Open jobs are always remembered; closed ones only for the last <c>keepClosed</c>, which
/// bounds the state (one grain's state must stay small) and still covers the reports that arrive close together.
/// </summary>
public static class JobLedger
{
    /// <summary>Applies <paramref name="change"/>; false when it changed nothing (nothing to write).</summary>
    public static bool Apply(JobStatisticsState state, JobPhaseChange change, int keepClosed)
    {
        if (state.Last.TryGetValue(change.JobId, out var last))
        {
            if (!change.Replay && state.Owed.TryGetValue(change.JobId, out var owed) && owed == change.Current)
            {
                // The report that counted the job arrives after its deletion took the count back: the two cancel.
                state.Owed.Remove(change.JobId);
                state.Counts = Add(state.Counts, owed, 1);
                return true;
            }

            // A replay only repairs a job held as open; phases only move forward.
            if ((change.Replay && !IsOpen(last)) || Rank(change.Current) <= Rank(last))
            {
                return false;
            }

            Move(state, change.JobId, last, change.Current);
        }
        else if (change.Replay && !IsOpen(change.Current))
        {
            // A closed job this ledger does not hold: either counted already (and forgotten) or never seen; both stay.
            return false;
        }
        else if (change.Previous is { } previous && IsCounted(previous))
        {
            // Unknown here yet leaving a closed phase: counted there and forgotten, or the report that counts it there
            // is still on its way. Take the count back now; that report, if it comes, gives it back (see above).
            state.Owed[change.JobId] = previous;
            Move(state, change.JobId, previous, change.Current);
        }
        else
        {
            // Unknown here and leaving an open phase (or none): its earlier reports were lost or are late; they change nothing.
            Move(state, change.JobId, null, change.Current);
        }

        if (!IsOpen(change.Current))
        {
            state.Closed.Remove(change.JobId);
            state.Closed.Add(change.JobId);
            Trim(state, keepClosed);
        }

        return true;
    }

    /// <summary>The counts as read: a deletion that overtook the report it cancels can leave a count below zero for a moment.</summary>
    public static JobCounts Read(JobStatisticsState state) => state.Counts with
    {
        Queued = Math.Max(0, state.Counts.Queued),
        Processing = Math.Max(0, state.Counts.Processing),
        Completed = Math.Max(0, state.Counts.Completed),
        Error = Math.Max(0, state.Counts.Error),
    };

    private static void Move(JobStatisticsState state, Guid job, JobPhase? from, JobPhase to)
    {
        if (from is { } counted)
        {
            state.Counts = Add(state.Counts, counted, -1);
        }

        state.Counts = Add(state.Counts, to, 1);
        state.Last[job] = to;
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
            state.Owed.Remove(id);
        }

        state.Closed.RemoveRange(0, excess);
    }

    private static bool IsOpen(JobPhase phase) => phase is JobPhase.Queued or JobPhase.Processing;

    private static bool IsCounted(JobPhase phase) => phase is JobPhase.Completed or JobPhase.Error;

    private static int Rank(JobPhase phase) => phase switch
    {
        JobPhase.Queued => 0,
        JobPhase.Processing => 1,
        JobPhase.Completed or JobPhase.Error => 2,
        _ => 3,
    };

    private static JobCounts Add(JobCounts counts, JobPhase phase, int delta) => phase switch
    {
        JobPhase.Queued => counts with { Queued = counts.Queued + delta },
        JobPhase.Processing => counts with { Processing = counts.Processing + delta },
        JobPhase.Completed => counts with { Completed = counts.Completed + delta },
        JobPhase.Error => counts with { Error = counts.Error + delta },
        _ => counts,
    };
}
