namespace FaceClassifier.Tests.Deploy.Scaling;

/// <summary>
/// Simulates the silo group under <see cref="TargetTrackingPolicy"/> minute by minute (simulated time, no waiting).
/// Each minute: the in-service instances complete jobs at <see cref="Burst.JobsPerSiloMinute"/> each; instances whose
/// warm-up has passed join the in-service count; the metric is unfinished jobs (queued + running, i.e. SQS visible +
/// in flight, since a silo holds a job's message until the job is done) / in-service instances (the template's metric
/// math); then the alarms decide. Scale-out raises desired capacity to the proportional value and never lowers it while
/// instances warm up (their capacity already counts); new instances work after the warm-up. Scale-in waits for the
/// longer low alarm and for no instance warming up, then lowers desired capacity to the proportional value; the
/// instances it removes stop taking work at once (the lifecycle hook lets them finish what they hold).
/// </summary>
internal static class TargetTrackingSimulation
{
    public static IReadOnlyList<ScalingSample> Run(TargetTrackingPolicy policy, Burst burst, TimeSpan duration)
    {
        var warmupMinutes = (int)Math.Ceiling(policy.InstanceWarmup.TotalMinutes);
        var unfinished = (double)burst.Jobs;
        var inService = policy.MinSize;
        var desired = policy.MinSize;
        var warming = new List<int>(); // the minute each launched instance comes into service
        int above = 0, below = 0;
        var samples = new List<ScalingSample>();

        for (var minute = 1; minute <= (int)duration.TotalMinutes; minute++)
        {
            unfinished = Math.Max(0, unfinished - (inService * burst.JobsPerSiloMinute));
            inService += warming.RemoveAll(ready => ready <= minute);

            var metric = unfinished / inService;
            above = metric > policy.TargetValue ? above + 1 : 0;
            below = metric < policy.TargetValue * policy.ScaleInThreshold ? below + 1 : 0;

            if (above >= policy.ScaleOutDatapoints)
            {
                var wanted = policy.Proportional(inService, metric);
                if (wanted > desired)
                {
                    warming.AddRange(Enumerable.Repeat(minute + warmupMinutes, wanted - desired));
                    desired = wanted;
                }
            }
            else if (below >= policy.ScaleInDatapoints && warming.Count == 0)
            {
                var wanted = policy.Proportional(inService, metric);
                if (wanted < desired)
                {
                    inService -= desired - wanted;
                    desired = wanted;
                }
            }

            samples.Add(new ScalingSample(minute, desired, inService, unfinished, metric));
        }

        return samples;
    }
}
