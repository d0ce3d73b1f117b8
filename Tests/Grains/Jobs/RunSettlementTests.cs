using FaceClassifier.Jobs;

namespace FaceClassifier.Tests.Grains.Jobs;

/// <summary>What the runner does with the queue deliveries of a run, by how the run ended.</summary>
[Trait("Kind", "unit")]
public sealed class RunSettlementTests
{
    [Theory]
    [InlineData(RunOutcome.NothingDue, false, false, Settlement.Complete)]
    [InlineData(RunOutcome.Finished, false, false, Settlement.Complete)]
    [InlineData(RunOutcome.Finished, true, false, Settlement.Complete)]
    [InlineData(RunOutcome.Refused, false, false, Settlement.Complete)]
    [InlineData(RunOutcome.AttemptFailed, false, false, Settlement.Complete)]
    [InlineData(RunOutcome.Cancelled, true, false, Settlement.HandBack)]
    [InlineData(RunOutcome.Cancelled, false, false, Settlement.HandBack)]
    [InlineData(RunOutcome.Cancelled, false, true, Settlement.Complete)]
    [InlineData(RunOutcome.Cancelled, true, true, Settlement.Complete)]
    [InlineData(RunOutcome.Faulted, false, false, Settlement.Release)]
    [InlineData(RunOutcome.Faulted, true, false, Settlement.HandBack)]
    [InlineData(RunOutcome.Faulted, false, true, Settlement.Complete)]
    public void Decides_by_how_the_run_ended(RunOutcome outcome, bool hostStopping, bool forgotten, Settlement expected) =>
        Assert.Equal(expected, RunSettlement.Decide(outcome, hostStopping, forgotten));

    [Fact]
    public void Only_a_stopped_or_faulted_run_keeps_its_deliveries_on_the_queue()
    {
        var kept = from outcome in Enum.GetValues<RunOutcome>()
                   from stopping in new[] { false, true }
                   where RunSettlement.Decide(outcome, stopping, forgotten: false) != Settlement.Complete
                   select (outcome, stopping);

        Assert.Equal(
            [(RunOutcome.Cancelled, false), (RunOutcome.Cancelled, true), (RunOutcome.Faulted, false), (RunOutcome.Faulted, true)],
            kept.ToArray());
    }
}
