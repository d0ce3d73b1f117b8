using FaceClassifier.Aws.Sqs;

namespace FaceClassifier.Tests.Deploy;

/// <summary>Work queues (up to 4), the output queue and one dead-letter queue every other queue redrives to.</summary>
[Trait("Kind", "deploy")]
public sealed class TemplateQueueTests(CloudFormationTemplate template) : IClassFixture<CloudFormationTemplate>
{
    [Fact]
    public void Every_queue_but_the_dead_letter_queue_redrives_to_it_after_MaxReceiveCount()
    {
        var queues = template.ResourcesOfType("AWS::SQS::Queue");
        Assert.Equal(
            ["DeadLetterQueue", "OutputQueue", .. Enumerable.Range(0, 4).Select(i => $"WorkQueue{i}")],
            queues.Order(StringComparer.Ordinal));
        foreach (var queue in queues.Where(q => q != "DeadLetterQueue"))
        {
            var redrive = template.Properties(queue)["RedrivePolicy"]!;
            Assert.Equal("""{"Fn::GetAtt":["DeadLetterQueue","Arn"]}""", redrive["deadLetterTargetArn"]!.ToJsonString());
            Assert.Equal("""{"Ref":"MaxReceiveCount"}""", redrive["maxReceiveCount"]!.ToJsonString());
            Assert.Equal(20, template.Properties(queue)["ReceiveMessageWaitTimeSeconds"]!.GetValue<int>());
        }

        Assert.Null(template.Properties("DeadLetterQueue")["RedrivePolicy"]);
        Assert.Equal("5", template.Default("MaxReceiveCount"));
    }

    [Fact]
    public void Dead_letter_queue_keeps_messages_longer_than_the_queues_feeding_it()
    {
        // SQS keeps a message's original enqueue time when it moves to the dead-letter queue.
        var kept = template.Properties("DeadLetterQueue")["MessageRetentionPeriod"]!.GetValue<int>();
        Assert.Equal(14 * 24 * 3600, kept);
        foreach (var queue in template.ResourcesOfType("AWS::SQS::Queue").Where(q => q != "DeadLetterQueue"))
        {
            Assert.True(template.Properties(queue)["MessageRetentionPeriod"]!.GetValue<int>() < kept, queue);
        }
    }

    [Fact]
    public void Work_queues_past_the_first_exist_only_for_a_large_enough_WorkQueueCount()
    {
        Assert.Null(template.Resources["WorkQueue0"]!["Condition"]);
        for (var i = 1; i < 4; i++)
        {
            Assert.Equal($"HasQueue{i}", template.Resources[$"WorkQueue{i}"]!["Condition"]!.GetValue<string>());
            Assert.Equal($$"""{"Fn::Sub":"${AWS::StackName}-work-{{i}}"}""", template.Properties($"WorkQueue{i}")["QueueName"]!.ToJsonString());
        }

        Assert.Equal("4", template.Default("WorkQueueCount"));
        // At most 4: two metric queries per queue, plus instances and the ratio, stay within the policy's 10 queries.
        Assert.Equal(Enumerable.Range(1, 4).Select(n => $"{n}"), template.Root["Parameters"]!["WorkQueueCount"]!["AllowedValues"]!.AsArray().Select(v => v!.ToString()));
    }

    [Fact]
    public void The_queues_carry_the_attributes_the_registry_creates_them_with()
    {
        foreach (var (attribute, value) in SqsQueueRegistry.DeadLetterAttributes())
        {
            Assert.Equal(value, template.Properties("DeadLetterQueue")[attribute]!.ToJsonString());
        }

        var redriven = SqsQueueRegistry.RedrivenAttributes(new QueueOptions(), "arn").Keys;
        foreach (var queue in template.ResourcesOfType("AWS::SQS::Queue").Where(q => q != "DeadLetterQueue"))
        {
            Assert.All(redriven, attribute => Assert.NotNull(template.Properties(queue)[attribute]));
        }
    }
}
