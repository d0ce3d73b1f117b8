namespace FaceClassifier.Tests.Deploy;

/// <summary>cfn-lint 1.9.7 finds nothing in the template but what its 2019 resource specification cannot know.</summary>
[Trait("Kind", "deploy")]
public sealed class CfnLintTests(CloudFormationTemplate template) : IClassFixture<CloudFormationTemplate>
{
    private const string MetricMath = "Resources > SiloScalingPolicy > Properties > TargetTrackingConfiguration > CustomizedMetricSpecification";
    private const string CustomizedMetric = "AWS::AutoScaling::ScalingPolicy.CustomizedMetricSpecification";

    /// <summary>
    /// The only findings allowed. Its specification (2.29.0) predates metric math in target tracking, so it wants the
    /// single-metric fields and refuses <c>Metrics</c>; and it predates launch-template <c>MetadataOptions</c> (IMDSv2).
    /// </summary>
    private static readonly LintFinding[] KnownGaps =
    [
        new("crit", MetricMath, $"Required property MetricName missing for type {CustomizedMetric}"),
        new("crit", MetricMath, $"Required property Namespace missing for type {CustomizedMetric}"),
        new("crit", MetricMath, $"Required property Statistic missing for type {CustomizedMetric}"),
        new("crit", $"{MetricMath} > Metrics", $"Metrics is not a valid property of {CustomizedMetric}"),
        new("crit", "Resources > SiloLaunchTemplate > Properties > LaunchTemplateData > MetadataOptions",
            "MetadataOptions is not a valid property of AWS::EC2::LaunchTemplate.LaunchTemplateData"),
        new("crit", "Resources > ApiLaunchTemplate > Properties > LaunchTemplateData > MetadataOptions",
            "MetadataOptions is not a valid property of AWS::EC2::LaunchTemplate.LaunchTemplateData"),
    ];

    [Fact]
    public void Reports_only_the_known_specification_gaps()
    {
        Assert.Equal(
            KnownGaps.OrderBy(f => f.Resource).ThenBy(f => f.Message),
            template.Findings.OrderBy(f => f.Resource).ThenBy(f => f.Message));
    }

    [Fact]
    public void Template_uses_the_properties_the_gaps_are_about()
    {
        // The exceptions above stay justified only while the template really uses metric math and IMDSv2.
        Assert.NotNull(template.Properties("SiloScalingPolicy")["TargetTrackingConfiguration"]!["CustomizedMetricSpecification"]!["Metrics"]);
        foreach (var launchTemplate in template.ResourcesOfType("AWS::EC2::LaunchTemplate"))
        {
            Assert.Equal("required", template.Properties(launchTemplate)["LaunchTemplateData"]!["MetadataOptions"]!["HttpTokens"]!.GetValue<string>());
        }
    }
}
