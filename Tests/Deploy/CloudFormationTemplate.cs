using System.Text.Json.Nodes;

namespace FaceClassifier.Tests.Deploy;

/// <summary>
/// deploy/aws/faceclassifier.yaml as cfn-lint 1.9.7 parses it (short tags become <c>{"Ref": …}</c>, <c>{"Fn::GetAtt": […]}</c>),
/// with cfn-lint's findings; one node run per test class.
/// </summary>
public sealed class CloudFormationTemplate
{
    /// <summary>
    /// cfn-lint checks every resource whatever its condition, so the HTTPS listener's certificate must be an ARN; all
    /// other parameters keep their defaults.
    /// </summary>
    public const string LintCertificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000";

    public CloudFormationTemplate()
    {
        var run = Tool.Run("node", DeployFiles.InspectScript, DeployFiles.Template, $"CertificateArn={LintCertificateArn}");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"cfn-lint did not run (scripts/setup.sh --test installs it): {run}");
        }

        var result = JsonNode.Parse(run.Output)!.AsObject();
        Root = result["template"]!.AsObject();
        Findings = [.. result["errors"]!.AsObject().SelectMany(level => level.Value!.AsArray().Select(e => new LintFinding(
            level.Key, e!["resource"]!.GetValue<string>(), e["message"]!.GetValue<string>())))];
    }

    /// <summary>The whole template.</summary>
    public JsonObject Root { get; }

    /// <summary>Everything cfn-lint reported, infos and warnings included.</summary>
    public IReadOnlyList<LintFinding> Findings { get; }

    public JsonObject Resources => Root["Resources"]!.AsObject();

    /// <summary>A resource's Properties.</summary>
    public JsonObject Properties(string resource) => Resources[resource]!["Properties"]!.AsObject();

    /// <summary>The logical ids of the resources of one type, e.g. AWS::SQS::Queue.</summary>
    public IReadOnlyList<string> ResourcesOfType(string type) =>
        [.. Resources.Where(r => r.Value!["Type"]!.GetValue<string>() == type).Select(r => r.Key)];

    /// <summary>A parameter's default, as text.</summary>
    public string Default(string parameter) => Root["Parameters"]![parameter]!["Default"]!.ToString();

    /// <summary>The shell script a launch template hands to its instances.</summary>
    public string UserData(string launchTemplate) =>
        Properties(launchTemplate)["LaunchTemplateData"]!["UserData"]!["Fn::Base64"]!["Fn::Sub"]!.GetValue<string>();

    /// <summary>The lines the user data writes to /etc/faceclassifier/common.env, as the template spells them.</summary>
    public IReadOnlyList<string> EnvironmentLines(string launchTemplate) =>
        [.. UserData(launchTemplate).Split('\n')
            .SkipWhile(l => !l.StartsWith("cat > /etc/faceclassifier/common.env", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l != "EOF")];

    /// <summary>common.env as name → value (still unresolved, e.g. <c>${AWS::StackName}-work</c>).</summary>
    public IReadOnlyDictionary<string, string> Environment(string launchTemplate) =>
        EnvironmentLines(launchTemplate).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}

/// <summary>One cfn-lint finding: its level (info, warn, crit), where, and what.</summary>
public sealed record LintFinding(string Level, string Resource, string Message);
