using System.Globalization;
using System.Text.Json.Nodes;

namespace FaceClassifier.Tests.Deploy;

/// <summary>The silo group scales 1–20 on backlog per instance: SQS visible + in-flight messages over in-service silos.</summary>
[Trait("Kind", "deploy")]
public sealed class TemplateScalingTests(CloudFormationTemplate template) : IClassFixture<CloudFormationTemplate>
{
    /// <summary>AWS's limit on the metric queries of a target-tracking policy's metric math.</summary>
    private const int MaxMetricQueries = 10;

    private const int MaxWorkQueues = 4;

    private JsonObject Spec => template.Properties("SiloScalingPolicy")["TargetTrackingConfiguration"]!["CustomizedMetricSpecification"]!.AsObject();

    [Fact]
    public void Silo_group_runs_between_1_and_20_instances_and_publishes_its_in_service_count()
    {
        var group = template.Properties("SiloGroup");
        Assert.Equal("1", group["MinSize"]!.ToString());
        Assert.Equal("20", group["MaxSize"]!.ToString());
        Assert.Null(group["DesiredCapacity"]);
        var collection = Assert.Single(group["MetricsCollection"]!.AsArray())!;
        Assert.Equal("1Minute", collection["Granularity"]!.GetValue<string>());
        Assert.Contains("GroupInServiceInstances", collection["Metrics"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public void Policy_tracks_its_target_parameter_with_the_estimated_warmup()
    {
        var policy = template.Properties("SiloScalingPolicy");
        Assert.Equal("TargetTrackingScaling", policy["PolicyType"]!.GetValue<string>());
        Assert.Equal("SiloGroup", policy["AutoScalingGroupName"]!["Ref"]!.GetValue<string>());
        Assert.Equal("TargetBacklogPerInstance", policy["TargetTrackingConfiguration"]!["TargetValue"]!["Ref"]!.GetValue<string>());
        Assert.Equal("InstanceWarmupSeconds", policy["EstimatedInstanceWarmup"]!["Ref"]!.GetValue<string>());
        // Unfinished jobs per silo: a 2-core silo analyses about one job per core at a time.
        Assert.Equal("2", template.Default("TargetBacklogPerInstance"));
        Assert.Null(policy["TargetTrackingConfiguration"]!["DisableScaleIn"]);
    }

    [Fact]
    public void Metric_math_divides_the_visible_and_in_flight_messages_of_every_work_queue_by_the_in_service_silos()
    {
        var metrics = Spec["Metrics"]!.AsArray().Select(m => m!.AsObject()).ToList();
        var visible = Enumerable.Range(0, MaxWorkQueues).Select(i => $"visible{i}");
        var inFlight = Enumerable.Range(0, MaxWorkQueues).Select(i => $"in_flight{i}");
        Assert.Equal([.. visible, .. inFlight, "instances", "backlog_per_instance"], metrics.Select(m => m["Id"]!.GetValue<string>()));
        Assert.Equal(MaxMetricQueries, metrics.Count);
        Assert.Equal(["backlog_per_instance"], metrics.Where(m => m["ReturnData"]!.GetValue<bool>()).Select(m => m["Id"]!.GetValue<string>()));

        for (var i = 0; i < 2 * MaxWorkQueues; i++)
        {
            var queue = i % MaxWorkQueues;
            var stat = metrics[i]["MetricStat"]!;
            Assert.Equal("Sum", stat["Stat"]!.GetValue<string>());
            Assert.Equal("AWS/SQS", stat["Metric"]!["Namespace"]!.GetValue<string>());
            var name = i < MaxWorkQueues ? "ApproximateNumberOfMessagesVisible" : "ApproximateNumberOfMessagesNotVisible";
            Assert.Equal(name, stat["Metric"]!["MetricName"]!.GetValue<string>());
            var dimension = Assert.Single(stat["Metric"]!["Dimensions"]!.AsArray())!;
            Assert.Equal("QueueName", dimension["Name"]!.GetValue<string>());
            var expected = queue == 0
                ? """{"Fn::GetAtt":["WorkQueue0","QueueName"]}"""
                : $$"""{"Fn::If":["HasQueue{{queue}}",{"Fn::GetAtt":["WorkQueue{{queue}}","QueueName"]},{"Fn::GetAtt":["WorkQueue0","QueueName"]}]}""";
            Assert.Equal(expected, dimension["Value"]!.ToJsonString());
        }

        var instances = metrics[8]["MetricStat"]!;
        Assert.Equal("Average", instances["Stat"]!.GetValue<string>());
        Assert.Equal("AWS/AutoScaling", instances["Metric"]!["Namespace"]!.GetValue<string>());
        Assert.Equal("GroupInServiceInstances", instances["Metric"]!["MetricName"]!.GetValue<string>());
        Assert.Equal("""[{"Name":"AutoScalingGroupName","Value":{"Ref":"SiloGroup"}}]""", instances["Metric"]!["Dimensions"]!.ToJsonString());

        Assert.Equal("""{"Fn::FindInMap":["BacklogExpression",{"Ref":"WorkQueueCount"},"Expression"]}""", metrics[9]["Expression"]!.ToJsonString());
        Assert.Equal("backlog_per_instance", metrics[9]["Label"]!.GetValue<string>());
    }

    [Fact]
    public void Largest_queue_count_needs_exactly_the_query_limit()
    {
        // Two queries per work queue, the group's instances and the expression.
        var largest = template.Root["Parameters"]!["WorkQueueCount"]!["AllowedValues"]!.AsArray().Max(v => int.Parse(v!.ToString(), CultureInfo.InvariantCulture));
        Assert.Equal(MaxWorkQueues, largest);
        Assert.Equal(MaxMetricQueries, (2 * largest) + 2);
    }

    [Theory]
    [InlineData(1, "(visible0 + in_flight0) / instances")]
    [InlineData(2, "(visible0 + in_flight0 + visible1 + in_flight1) / instances")]
    [InlineData(4, "(visible0 + in_flight0 + visible1 + in_flight1 + visible2 + in_flight2 + visible3 + in_flight3) / instances")]
    public void Queue_conditions_create_exactly_the_queues_the_expression_sums(int count, string expression)
    {
        Assert.Equal(expression, template.Root["Mappings"]!["BacklogExpression"]![$"{count}"]!["Expression"]!.GetValue<string>());
        var parameters = new Dictionary<string, string> { ["WorkQueueCount"] = $"{count}" };
        for (var i = 1; i < MaxWorkQueues; i++)
        {
            Assert.Equal(i < count, TemplateConditions.Evaluate(template, $"HasQueue{i}", parameters));
            Assert.Equal(i < count, expression.Contains($"visible{i}", StringComparison.Ordinal));
            Assert.Equal(i < count, expression.Contains($"in_flight{i}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_mapping_entry_follows_the_same_sum()
    {
        var mapping = template.Root["Mappings"]!["BacklogExpression"]!.AsObject();
        Assert.Equal(Enumerable.Range(1, MaxWorkQueues).Select(n => $"{n}"), mapping.Select(e => e.Key));
        foreach (var (count, entry) in mapping)
        {
            var queues = Enumerable.Range(0, int.Parse(count, CultureInfo.InvariantCulture));
            var sum = string.Join(" + ", queues.Select(i => $"visible{i} + in_flight{i}"));
            Assert.Equal($"({sum}) / instances", entry!["Expression"]!.GetValue<string>());
        }
    }
}
