namespace FaceClassifier.Metrics;

/// <summary>The autoscaling ratio: unprocessed events per running instance.</summary>
public static class BacklogRatio
{
    /// <summary>Visible plus in-flight messages over active silos, counting at least one silo (the one asking).</summary>
    public static double PerInstance(QueueBacklog backlog, int activeSilos) =>
        (double)backlog.Total / Math.Max(1, activeSilos);
}
