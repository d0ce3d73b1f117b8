namespace FaceClassifier.Jobs;

/// <summary>Failures of the cluster, not of the video: a silo that could not be reached or went away during a call.</summary>
public static class ClusterFaults
{
    /// <summary>True when <paramref name="exception"/>, or one it wraps, says a silo was unreachable.</summary>
    public static bool IsUnreachableSilo(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SiloUnavailableException or OrleansMessageRejectionException)
            {
                return true;
            }
        }

        return false;
    }
}
