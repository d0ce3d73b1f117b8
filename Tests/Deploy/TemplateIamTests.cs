using System.Text.Json.Nodes;

namespace FaceClassifier.Tests.Deploy;

/// <summary>The instances' role may do only what the service does, and only on the stack's own resources.</summary>
[Trait("Kind", "deploy")]
public sealed class TemplateIamTests(CloudFormationTemplate template) : IClassFixture<CloudFormationTemplate>
{
    /// <summary>Every action the role grants, and on which resources (as the template writes them).</summary>
    private static readonly Dictionary<string, string[]> Grants = new()
    {
        ["BucketList"] = ["s3:ListBucket"],
        ["BucketObjects"] = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"],
        ["Queues"] = ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
        ["Tables"] = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:DescribeTable", "dynamodb:BatchWriteItem"],
        ["GracefulTermination"] = ["autoscaling:CompleteLifecycleAction"],
        ["MetricLogs"] = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
        ["Secrets"] = ["ssm:GetParametersByPath"],
    };

    /// <summary>
    /// The only resource wildcards: all objects of the stack's bucket, and the unknown group id inside an Auto Scaling
    /// group's ARN. No statement uses Resource "*" (nothing the service calls needs it).
    /// </summary>
    private static readonly string[] AllowedWildcards =
    [
        "${DataBucket.Arn}/*",
        "arn:${AWS::Partition}:autoscaling:${AWS::Region}:${AWS::AccountId}:autoScalingGroup:*:autoScalingGroupName/${AWS::StackName}-silos",
        "arn:${AWS::Partition}:autoscaling:${AWS::Region}:${AWS::AccountId}:autoScalingGroup:*:autoScalingGroupName/${AWS::StackName}-api",
    ];

    private IReadOnlyList<JsonObject> Statements()
    {
        var role = template.Properties("InstanceRole");
        var policy = Assert.Single(role["Policies"]!.AsArray())!;
        // A statement behind a condition is written as Fn::If [condition, statement, AWS::NoValue].
        return [.. policy["PolicyDocument"]!["Statement"]!.AsArray().Select(s => (s!["Fn::If"]?[1] ?? s).AsObject())];
    }

    [Fact]
    public void Role_grants_exactly_the_actions_the_service_uses_and_no_wildcard_action()
    {
        var statements = Statements();
        Assert.Equal(Grants.Keys.Order(StringComparer.Ordinal), statements.Select(s => s["Sid"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        foreach (var statement in statements)
        {
            Assert.Equal("Allow", statement["Effect"]!.GetValue<string>());
            Assert.Null(statement["NotAction"]);
            Assert.Null(statement["NotResource"]);
            var actions = statement["Action"] is JsonArray list ? list.Select(a => a!.GetValue<string>()).ToArray() : [statement["Action"]!.GetValue<string>()];
            Assert.Equal(Grants[statement["Sid"]!.GetValue<string>()], actions);
            Assert.DoesNotContain(actions, a => a.Contains('*', StringComparison.Ordinal));
        }

        Assert.Null(template.Properties("InstanceRole")["ManagedPolicyArns"]);
    }

    [Fact]
    public void Every_resource_is_one_of_the_stack_s_own()
    {
        foreach (var statement in Statements())
        {
            var resources = statement["Resource"] is JsonArray list ? list.Select(r => r!).ToList() : [statement["Resource"]!];
            foreach (var resource in resources)
            {
                var text = resource.ToJsonString();
                Assert.NotEqual("\"*\"", text);
                if (text.Contains('*', StringComparison.Ordinal))
                {
                    Assert.Contains(resource["Fn::Sub"]!.GetValue<string>(), AllowedWildcards);
                }
            }

            var sid = statement["Sid"]!.GetValue<string>();
            IEnumerable<string>? expected = sid switch
            {
                "BucketList" => new[] { """{"Fn::GetAtt":["DataBucket","Arn"]}""" },
                "BucketObjects" => new[] { """{"Fn::Sub":"${DataBucket.Arn}/*"}""" },
                "Tables" => template.ResourcesOfType("AWS::DynamoDB::Table").Select(t => $$"""{"Fn::GetAtt":["{{t}}","Arn"]}"""),
                "Queues" => template.ResourcesOfType("AWS::SQS::Queue").Select(q => $$"""{"Fn::GetAtt":["{{q}}","Arn"]}"""),
                _ => null,
            };
            if (expected is not null)
            {
                // Conditional queues appear as Fn::If [HasQueueN, their ARN, AWS::NoValue].
                Assert.Equal(expected.Order(StringComparer.Ordinal), resources.Select(r => (r["Fn::If"]?[1] ?? r).ToJsonString()).Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void Lifecycle_permission_names_the_groups_the_template_creates()
    {
        var resources = Statements().Single(s => s["Sid"]!.GetValue<string>() == "GracefulTermination")["Resource"]!.AsArray()
            .Select(r => r!["Fn::Sub"]!.GetValue<string>()).ToList();
        foreach (var group in template.ResourcesOfType("AWS::AutoScaling::AutoScalingGroup"))
        {
            var name = template.Properties(group)["AutoScalingGroupName"]!["Fn::Sub"]!.GetValue<string>();
            Assert.Single(resources, r => r.EndsWith($":autoScalingGroupName/{name}", StringComparison.Ordinal));
        }
    }
}
