using System.Text.Json.Nodes;

namespace FaceClassifier.Tests.Deploy;

/// <summary>The silo group scales 1–20 on backlog per instance: SQS visible messages over in-service silos.</summary>
public sealed class TemplateScalingTests(CloudFormationTemplate template) : IClassFixture<CloudFormationTemplate>
{
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
        Assert.Equal("10", template.Default("TargetBacklogPerInstance"));
        Assert.Null(policy["TargetTrackingConfiguration"]!["DisableScaleIn"]);
    }

    [Fact]
    public void Metric_math_divides_the_visible_messages_of_every_work_queue_by_the_in_service_silos()
    {
        var metrics = Spec["Metrics"]!.AsArray().Select(m => m!.AsObject()).ToList();
        Assert.Equal([.. Enumerable.Range(0, 8).Select(i => $"q{i}"), "instances", "backlog_per_instance"], metrics.Select(m => m["Id"]!.GetValue<string>()));
        Assert.Equal(["backlog_per_instance"], metrics.Where(m => m["ReturnData"]!.GetValue<bool>()).Select(m => m["Id"]!.GetValue<string>()));

        for (var i = 0; i < 8; i++)
        {
            var stat = metrics[i]["MetricStat"]!;
            Assert.Equal("Sum", stat["Stat"]!.GetValue<string>());
            Assert.Equal("AWS/SQS", stat["Metric"]!["Namespace"]!.GetValue<string>());
            Assert.Equal("ApproximateNumberOfMessagesVisible", stat["Metric"]!["MetricName"]!.GetValue<string>());
            var dimension = Assert.Single(stat["Metric"]!["Dimensions"]!.AsArray())!;
            Assert.Equal("QueueName", dimension["Name"]!.GetValue<string>());
            var queue = i == 0
                ? """{"Fn::GetAtt":["WorkQueue0","QueueName"]}"""
                : $$"""{"Fn::If":["HasQueue{{i}}",{"Fn::GetAtt":["WorkQueue{{i}}","QueueName"]},{"Fn::GetAtt":["WorkQueue0","QueueName"]}]}""";
            Assert.Equal(queue, dimension["Value"]!.ToJsonString());
        }

        var instances = metrics[8]["MetricStat"]!;
        Assert.Equal("Average", instances["Stat"]!.GetValue<string>());
        Assert.Equal("AWS/AutoScaling", instances["Metric"]!["Namespace"]!.GetValue<string>());
        Assert.Equal("GroupInServiceInstances", instances["Metric"]!["MetricName"]!.GetValue<string>());
        Assert.Equal("""[{"Name":"AutoScalingGroupName","Value":{"Ref":"SiloGroup"}}]""", instances["Metric"]!["Dimensions"]!.ToJsonString());

        Assert.Equal("""{"Fn::FindInMap":["BacklogExpression",{"Ref":"WorkQueueCount"},"Expression"]}""", metrics[9]["Expression"]!.ToJsonString());
        Assert.Equal("backlog_per_instance", metrics[9]["Label"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1, "q0 / instances")]
    [InlineData(2, "(q0 + q1) / instances")]
    [InlineData(4, "(q0 + q1 + q2 + q3) / instances")]
    [InlineData(8, "(q0 + q1 + q2 + q3 + q4 + q5 + q6 + q7) / instances")]
    public void Queue_conditions_create_exactly_the_queues_the_expression_sums(int count, string expression)
    {
        Assert.Equal(expression, template.Root["Mappings"]!["BacklogExpression"]![$"{count}"]!["Expression"]!.GetValue<string>());
        var parameters = new Dictionary<string, string> { ["WorkQueueCount"] = $"{count}" };
        for (var i = 1; i < 8; i++)
        {
            Assert.Equal(i < count, TemplateConditions.Evaluate(template, $"HasQueue{i}", parameters));
            Assert.Equal(i < count, expression.Contains($"q{i}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_mapping_entry_follows_the_same_sum()
    {
        var mapping = template.Root["Mappings"]!["BacklogExpression"]!.AsObject();
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"{n}"), mapping.Select(e => e.Key));
        foreach (var (count, entry) in mapping)
        {
            var queues = string.Join(" + ", Enumerable.Range(0, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)).Select(i => $"q{i}"));
            var expected = count == "1" ? $"{queues} / instances" : $"({queues}) / instances";
            Assert.Equal(expected, entry!["Expression"]!.GetValue<string>());
        }
    }
}
