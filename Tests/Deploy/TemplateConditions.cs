using System.Text.Json.Nodes;

namespace FaceClassifier.Tests.Deploy;

/// <summary>Evaluates the template's Conditions for given parameter values, as CloudFormation would.</summary>
internal static class TemplateConditions
{
    public static bool Evaluate(CloudFormationTemplate template, string condition, IReadOnlyDictionary<string, string> parameters) =>
        Truth(template, template.Root["Conditions"]![condition]!, parameters);

    private static bool Truth(CloudFormationTemplate template, JsonNode node, IReadOnlyDictionary<string, string> parameters)
    {
        var (function, argument) = node.AsObject().Single();
        return function switch
        {
            "Fn::Not" => !Truth(template, argument!.AsArray().Single()!, parameters),
            "Fn::Or" => argument!.AsArray().Any(a => Truth(template, a!, parameters)),
            "Fn::And" => argument!.AsArray().All(a => Truth(template, a!, parameters)),
            "Fn::Equals" => Value(template, argument![0]!, parameters) == Value(template, argument[1]!, parameters),
            "Condition" => Evaluate(template, argument!.GetValue<string>(), parameters),
            _ => throw new NotSupportedException($"Condition function {function}"),
        };
    }

    private static string Value(CloudFormationTemplate template, JsonNode node, IReadOnlyDictionary<string, string> parameters) =>
        node is JsonObject o && o["Ref"] is { } reference
            ? parameters.TryGetValue(reference.GetValue<string>(), out var value) ? value : template.Default(reference.GetValue<string>())
            : node.ToString();
}
