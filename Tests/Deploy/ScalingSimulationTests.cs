using System.Globalization;
using FaceClassifier.Tests.Deploy.Scaling;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Deploy;

/// <summary>
/// The template's scaling policy, simulated (<see cref="TargetTrackingSimulation"/>): bursts of queued jobs drive the silo
/// group up to at most 20 instances and back to 1 once every job is done, within bounds derived here. The metric is
/// unfinished jobs (queued + running) per in-service silo, as the template's visible + in-flight metric math sees them.
/// </summary>
[Trait("Kind", "deploy")]
public sealed class ScalingSimulationTests(CloudFormationTemplate template, ITestOutputHelper output) : IClassFixture<CloudFormationTemplate>
{
    /// <summary>One job (a video's chunks) keeps one core busy this long.</summary>
    private static readonly TimeSpan CostPerJob = TimeSpan.FromSeconds(60);

    /// <summary>A 2-core silo analyses about one job per core at a time.</summary>
    private const int JobsPerSilo = 2;

    private static readonly TimeSpan Horizon = TimeSpan.FromHours(4);

    /// <summary>The policy with the template's values: target and warm-up defaults, the silo group's bounds.</summary>
    private TargetTrackingPolicy Policy => new(
        double.Parse(template.Default("TargetBacklogPerInstance"), CultureInfo.InvariantCulture),
        int.Parse(template.Properties("SiloGroup")["MinSize"]!.ToString(), CultureInfo.InvariantCulture),
        int.Parse(template.Properties("SiloGroup")["MaxSize"]!.ToString(), CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(int.Parse(template.Default("InstanceWarmupSeconds"), CultureInfo.InvariantCulture)));

    private static double JobsPerInstanceMinute => new Burst(1, CostPerJob, JobsPerSilo).JobsPerSiloMinute;

    [Fact]
    public void Burst_of_500_jobs_scales_to_20_and_back_to_1_after_the_backlog_drains()
    {
        var policy = Policy;
        Assert.Equal((2, 1, 20, 180), (policy.TargetValue, policy.MinSize, policy.MaxSize, policy.InstanceWarmup.TotalSeconds));
        Assert.Equal(2, JobsPerInstanceMinute);

        var run = Simulate(policy, 500);

        // 500 jobs want 250 instances at 2 unfinished jobs each: the group stops at its maximum.
        Assert.Equal(20, run.Peak);
        Assert.All(run.Samples, s => Assert.InRange(s.Desired, 1, 20));
        Assert.All(run.Samples, s => Assert.InRange(s.InService, 1, 20));

        // At best all 20 silos work from the start; at worst the first silo works alone until the alarm (3 min) and the
        // warm-up (3 min) have passed, then 20 do.
        var fastest = 500 / (20 * JobsPerInstanceMinute);
        var slowest = policy.ScaleOutDatapoints + policy.InstanceWarmup.TotalMinutes + Math.Ceiling(500 / (20 * JobsPerInstanceMinute));
        Assert.InRange(run.DrainedMinute, fastest, slowest);
        Assert.Equal(19, slowest);

        // Back to 1 once every job is done, at most one low alarm (15 min) after the drain: within 34 minutes of the burst.
        Assert.InRange(run.BackToOneMinute, run.DrainedMinute, run.DrainedMinute + policy.ScaleInDatapoints);
        Assert.True(run.BackToOneMinute <= 34, $"back to 1 after {run.BackToOneMinute} min");
    }

    [Fact]
    public void Small_burst_asks_only_for_the_instances_its_backlog_needs()
    {
        var policy = Policy;
        var run = Simulate(policy, 20);

        // When the alarm fires the first silo has done 3 minutes of work; the rest, at 2 per instance.
        var unfinishedAtAlarm = 20 - (policy.ScaleOutDatapoints * JobsPerInstanceMinute);
        Assert.Equal((int)Math.Ceiling(unfinishedAtAlarm / policy.TargetValue), run.Peak);
        Assert.Equal(7, run.Peak);
        Assert.True(run.BackToOneMinute >= run.DrainedMinute);
    }

    [Fact]
    public void Very_large_burst_never_asks_for_more_than_20()
    {
        var policy = Policy;
        var run = Simulate(policy, 5000);

        Assert.Equal(20, run.Peak);
        Assert.All(run.Samples, s => Assert.InRange(s.Desired, 1, 20));
        var slowest = policy.ScaleOutDatapoints + policy.InstanceWarmup.TotalMinutes + Math.Ceiling(5000 / (20 * JobsPerInstanceMinute));
        Assert.True(run.DrainedMinute <= slowest, $"drained after {run.DrainedMinute} min, bound {slowest}");
        Assert.InRange(run.BackToOneMinute, run.DrainedMinute, run.DrainedMinute + policy.ScaleInDatapoints);
    }

    private Outcome Simulate(TargetTrackingPolicy policy, int jobs)
    {
        var samples = TargetTrackingSimulation.Run(policy, new Burst(jobs, CostPerJob, JobsPerSilo), Horizon);
        var drained = samples.First(s => s.Unfinished == 0).Minute;
        // The minute after the last one that had more than one instance wanted or working.
        var backToOne = samples.Last(s => s.Desired > 1 || s.InService > 1).Minute + 1;
        var outcome = new Outcome(samples, samples.Max(s => s.Desired), drained, backToOne);
        Assert.Equal(1, samples[^1].Desired);
        Assert.Equal(0, samples[^1].Unfinished);
        output.WriteLine($"{jobs} jobs of {CostPerJob.TotalSeconds} s, {JobsPerSilo} at a time per silo: peak desired {outcome.Peak}, all done after {drained} min, back to 1 after {backToOne} min");
        return outcome;
    }

    private sealed record Outcome(IReadOnlyList<ScalingSample> Samples, int Peak, int DrainedMinute, int BackToOneMinute);
}
