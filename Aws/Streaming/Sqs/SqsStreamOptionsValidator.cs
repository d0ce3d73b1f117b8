using System.Text.RegularExpressions;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Fails start-up on SQS stream settings SQS would refuse, naming the setting.</summary>
internal sealed partial class SqsStreamOptionsValidator(SqsStreamOptions options, string name) : IConfigurationValidator
{
    private const int MaxQueueNameLength = 80;

    public void ValidateConfiguration()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new OrleansConfigurationException($"SQS stream provider '{name}': {string.Join(" ", problems)}");
        }
    }

    private IEnumerable<string> Problems()
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
        else if (options.QueueNames().Contains(options.DeadLetterName, StringComparer.Ordinal))
        {
            yield return Describe(nameof(options.DeadLetterName), $"must differ from the work queues (it is '{options.DeadLetterName}')");
        }

        if (options.Count is < 1 or > SqsStreamOptions.MaxQueueCount)
        {
            yield return Describe(nameof(options.Count), $"must be between 1 and {SqsStreamOptions.MaxQueueCount} (it is {options.Count})");
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
        $"Setting {SqsStreamOptions.Section}:{property} (environment variable {SqsStreamOptions.Section}__{property}) {problem}.";

    private static string? QueueName(string value, int maxLength) => value switch
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
