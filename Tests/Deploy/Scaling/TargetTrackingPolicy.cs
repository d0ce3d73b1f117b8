namespace FaceClassifier.Tests.Deploy.Scaling;

/// <summary>
/// A target-tracking policy on backlog per instance and its group's bounds, with the alarm rules EC2 Auto Scaling
/// documents for target tracking: scale out after 3 one-minute datapoints above the target, scale in after 15
/// one-minute datapoints below 90 % of it.
/// </summary>
internal sealed record TargetTrackingPolicy(double TargetValue, int MinSize, int MaxSize, TimeSpan InstanceWarmup)
{
    public int ScaleOutDatapoints { get; init; } = 3;

    public int ScaleInDatapoints { get; init; } = 15;

    public double ScaleInThreshold { get; init; } = 0.9;

    /// <summary>The capacity that brings the metric to the target: ceil(current × metric / target), within the group's bounds.</summary>
    public int Proportional(int inService, double metric) =>
        Math.Clamp((int)Math.Ceiling(inService * metric / TargetValue), MinSize, MaxSize);
}

/// <summary>
/// A burst of jobs queued at once. A silo runs <paramref name="JobsPerSilo"/> jobs at a time (one per core), each for
/// <paramref name="CostPerJob"/>, so it completes JobsPerSilo jobs every CostPerJob.
/// </summary>
internal sealed record Burst(int Jobs, TimeSpan CostPerJob, int JobsPerSilo)
{
    /// <summary>Jobs one in-service silo completes per minute.</summary>
    public double JobsPerSiloMinute => JobsPerSilo * (TimeSpan.FromMinutes(1) / CostPerJob);
}

/// <summary>
/// The group one simulated minute: desired and in-service capacity, unfinished jobs (queued + running: the work
/// messages visible or in flight) and the policy's metric.
/// </summary>
internal readonly record struct ScalingSample(int Minute, int Desired, int InService, double Unfinished, double BacklogPerInstance);
