using System.Globalization;
using FaceClassifier.Aws.Sqs;

namespace FaceClassifier.Tests.Deploy;

/// <summary>What the instances get: settings in their environment, a termination hook outlasting the drain, a load balancer.</summary>
[Trait("Kind", "deploy")]
public sealed class TemplateInstanceTests(CloudFormationTemplate template) : IClassFixture<CloudFormationTemplate>
{
    /// <summary>The settings the binaries read (issue 5's names), as the user data writes them to common.env.</summary>
    private static readonly string[] Settings =
    [
        "AWS_REGION=${AWS::Region}",
        "Aws__CreateResources=false",
        "Storage__Provider=S3",
        "Storage__Bucket=${DataBucket}",
        "State__Provider=DynamoDB",
        "State__TablePrefix=${AWS::StackName}-",
        "Queue__Provider=SQS",
        "Queue__Name=${AWS::StackName}-work",
        "Queue__Count=${WorkQueueCount}",
        "Queue__DeadLetterName=${DeadLetterQueue.QueueName}",
        "Queue__OutputName=${OutputQueue.QueueName}",
        "Clustering__Provider=DynamoDB",
        "Clustering__Table=${MembershipTable}",
        "Clustering__ClusterId=${AWS::StackName}",
        "Orleans__SiloPort=11111",
        "Orleans__GatewayPort=30000",
        "Smtp__Host=${SmtpHost}",
    ];

    public static TheoryData<string, string, string> Roles => new()
    {
        { "SiloLaunchTemplate", "SiloGroup", "silo" },
        { "ApiLaunchTemplate", "ApiGroup", "api" },
    };

    public static TheoryData<string, string> GroupUnits => new()
    {
        { "SiloGroup", "faceclassifier-silo.service" },
        { "ApiGroup", "faceclassifier-api.service" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void User_data_writes_every_setting_and_boots_the_role(string launchTemplate, string group, string role)
    {
        var lines = template.UserData(launchTemplate).Split('\n');
        var env = template.EnvironmentLines(launchTemplate);
        Assert.All(Settings, s => Assert.Contains(s, env));
        Assert.Equal(env.Count, env.Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]).Distinct().Count());

        // Unset on purpose: every instance has its own private address, and a silo without Orleans:AdvertisedIP
        // advertises its first non-loopback IPv4 address, which on an instance with one network interface is that one.
        Assert.DoesNotContain(env, l => l.StartsWith("Orleans__AdvertisedIP=", StringComparison.Ordinal));

        var groupName = template.Properties(group)["AutoScalingGroupName"]!["Fn::Sub"]!.GetValue<string>();
        Assert.Contains($"exec /opt/faceclassifier/bin/faceclassifier-boot {role} {groupName} '${{SecretsParameterPath}}'", lines);
    }

    [Fact]
    public void Queue_settings_name_the_template_s_queues_as_the_SQS_provider_derives_them()
    {
        var env = template.Environment("SiloLaunchTemplate");
        var options = new QueueOptions { Name = env["Queue__Name"], Count = int.Parse(template.Default("WorkQueueCount"), CultureInfo.InvariantCulture) };
        Assert.Equal("${WorkQueueCount}", env["Queue__Count"]);
        Assert.Equal(
            options.QueueNames().Select(name => $$"""{"Fn::Sub":"{{name}}"}"""),
            Enumerable.Range(0, options.Count).Select(i => template.Properties($"WorkQueue{i}")["QueueName"]!.ToJsonString()));
        Assert.Equal(4, options.Count);

        Assert.Equal("${DeadLetterQueue.QueueName}", env["Queue__DeadLetterName"]);
        Assert.Equal("${OutputQueue.QueueName}", env["Queue__OutputName"]);
        Assert.Equal("${DataBucket}", env["Storage__Bucket"]);
        Assert.Equal("${AWS::StackName}", env["Clustering__ClusterId"]);
    }

    [Fact]
    public void Both_roles_get_the_same_settings()
    {
        static string Env(string userData) => userData[userData.IndexOf("common.env", StringComparison.Ordinal)..userData.IndexOf("\nEOF", StringComparison.Ordinal)];
        Assert.Equal(Env(template.UserData("SiloLaunchTemplate")), Env(template.UserData("ApiLaunchTemplate")));
    }

    [Theory]
    [MemberData(nameof(GroupUnits))]
    public void Termination_hook_outlasts_the_unit_s_stop_timeout(string group, string unit)
    {
        var hook = Assert.Single(template.Properties(group)["LifecycleHookSpecificationList"]!.AsArray())!;
        Assert.Equal("autoscaling:EC2_INSTANCE_TERMINATING", hook["LifecycleTransition"]!.GetValue<string>());
        Assert.Equal("CONTINUE", hook["DefaultResult"]!.GetValue<string>());
        // The watcher completes the hook by this name (faceclassifier-boot writes it to lifecycle.env).
        Assert.Equal("drain", hook["LifecycleHookName"]!.GetValue<string>());
        Assert.Contains("FACECLASSIFIER_HOOK=drain", File.ReadAllText(DeployFiles.AmiFile("faceclassifier-boot.sh")), StringComparison.Ordinal);

        // The watcher polls every 5 s, then systemd waits up to TimeoutStopSec before SIGKILL.
        var stop = new SystemdUnit(DeployFiles.Unit(unit)).Seconds("TimeoutStopSec");
        Assert.True(hook["HeartbeatTimeout"]!.GetValue<int>() >= stop + 5, $"heartbeat {hook["HeartbeatTimeout"]} s < TimeoutStopSec {stop} s + 5 s");
    }

    [Fact]
    public void Load_balancer_checks_health_and_keeps_connections_open_for_uploads()
    {
        var targets = template.Properties("ApiTargetGroup");
        Assert.Equal("/health", targets["HealthCheckPath"]!.GetValue<string>());
        Assert.Equal(80, targets["Port"]!.GetValue<int>());
        Assert.Equal("""{"Ref":"IdleTimeoutSeconds"}""", template.Properties("LoadBalancer")["LoadBalancerAttributes"]![0]!["Value"]!.ToJsonString());
        Assert.Equal("idle_timeout.timeout_seconds", template.Properties("LoadBalancer")["LoadBalancerAttributes"]![0]!["Key"]!.GetValue<string>());
        Assert.Equal("300", template.Default("IdleTimeoutSeconds"));
        Assert.Equal("""[{"Ref":"ApiTargetGroup"}]""", template.Properties("ApiGroup")["TargetGroupARNs"]!.ToJsonString());
        Assert.Equal("ELB", template.Properties("ApiGroup")["HealthCheckType"]!.GetValue<string>());
    }

    [Fact]
    public void Outputs_name_the_entry_point_the_bucket_and_the_queues()
    {
        var outputs = template.Root["Outputs"]!.AsObject();
        Assert.Equal("""{"Fn::GetAtt":["LoadBalancer","DNSName"]}""", outputs["LoadBalancerDnsName"]!["Value"]!.ToJsonString());
        Assert.Equal("""{"Ref":"DataBucket"}""", outputs["BucketName"]!["Value"]!.ToJsonString());
        Assert.Equal("""{"Ref":"OutputQueue"}""", outputs["OutputQueueUrl"]!["Value"]!.ToJsonString());
        Assert.Equal("""{"Ref":"DeadLetterQueue"}""", outputs["DeadLetterQueueUrl"]!["Value"]!.ToJsonString());
        Assert.Contains("""{"Ref":"WorkQueue0"}""", outputs["WorkQueueUrls"]!["Value"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
