using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Sqs;

/// <summary>Fails start-up on queue settings SQS would refuse, naming each setting and its environment variable.</summary>
public sealed partial class QueueOptionsValidator : IValidateOptions<QueueOptions>
{
    private const int MaxQueueNameLength = 80;

    public ValidateOptionsResult Validate(string? name, QueueOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> Problems(QueueOptions options)
    {
        // The longest work queue name carries the "-63" suffix.
        var suffix = $"-{Math.Max(options.Count, 1) - 1}".Length;
        if (QueueName(options.Name, MaxQueueNameLength - suffix) is { } nameProblem)
        {
            yield return Describe(nameof(options.Name), nameProblem);
        }

        if (QueueName(options.DeadLetterName, MaxQueueNameLength) is { } deadLetterProblem)
        {
            yield return Describe(nameof(options.DeadLetterName), deadLetterProblem);
        }
        else if (options.QueueNames().Append(options.OutputQueueName).Contains(options.DeadLetterName, StringComparer.Ordinal))
        {
            yield return Describe(nameof(options.DeadLetterName), $"must differ from the work and output queues (it is '{options.DeadLetterName}')");
        }

        if (options.OutputName is { Length: > 0 } && QueueName(options.OutputName, MaxQueueNameLength) is { } outputProblem)
        {
            yield return Describe(nameof(options.OutputName), outputProblem);
        }

        if (options.Count is < 1 or > QueueOptions.MaxQueueCount)
        {
            yield return Describe(nameof(options.Count), $"must be between 1 and {QueueOptions.MaxQueueCount} (it is {options.Count})");
        }

        if (options.MaxReceiveCount is < 1 or > 1000)
        {
            yield return Describe(nameof(options.MaxReceiveCount), $"must be between 1 and 1000 (it is {options.MaxReceiveCount})");
        }

        if (WholeSeconds(options.VisibilityTimeout, 1, 43200) is { } visibilityProblem)
        {
            yield return Describe(nameof(options.VisibilityTimeout), visibilityProblem);
        }

        if (WholeSeconds(options.WaitTime, 0, 20) is { } waitProblem)
        {
            yield return Describe(nameof(options.WaitTime), waitProblem);
        }

        if (options.MaxMessagesPerReceive is < 1 or > 10)
        {
            yield return Describe(nameof(options.MaxMessagesPerReceive), $"must be between 1 and 10 (it is {options.MaxMessagesPerReceive})");
        }
    }

    private static string Describe(string property, string problem) =>
        $"Setting {QueueOptions.Section}:{property} (environment variable {QueueOptions.Section}__{property}) {problem}.";

    private static string? QueueName(string? value, int maxLength) => value switch
    {
        null or "" => "is required",
        _ when value.Length > maxLength => $"must be at most {maxLength} characters (it is {value.Length})",
        _ when !QueueNameCharacters().IsMatch(value) => $"may hold only letters, digits, '-' and '_' (it is '{value}')",
        _ => null,
    };

    private static string? WholeSeconds(TimeSpan value, int min, int max) =>
        value.Ticks % TimeSpan.TicksPerSecond != 0 || value.TotalSeconds < min || value.TotalSeconds > max
            ? $"must be whole seconds between {min} and {max} (it is {value})"
            : null;

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex QueueNameCharacters();
}
