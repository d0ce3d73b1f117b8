using FaceClassifier.Aws.Sqs;
using FaceClassifier.Hosting;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FaceClassifier.Tests.Aws.Streaming;

/// <summary>Start-up errors for the SQS queue settings (section "Queue", one validator) name the setting and its environment variable.</summary>
[Trait("Kind", "unit")]
public sealed class SqsStreamSettingsTests
{
    [Theory]
    [InlineData("Name", "", "is required.")]
    [InlineData("Name", "jobs.work", "may hold only letters, digits, '-' and '_' (it is 'jobs.work').")]
    [InlineData("Name", "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww", "must be at most 78 characters (it is 79).")]
    [InlineData("DeadLetterName", "", "is required.")]
    [InlineData("DeadLetterName", "jobs-0", "must differ from the work and output queues (it is 'jobs-0').")]
    [InlineData("DeadLetterName", "jobs-output", "must differ from the work and output queues (it is 'jobs-output').")]
    [InlineData("OutputName", "jobs output", "may hold only letters, digits, '-' and '_' (it is 'jobs output').")]
    [InlineData("Count", "0", "must be between 1 and 64 (it is 0).")]
    [InlineData("Count", "65", "must be between 1 and 64 (it is 65).")]
    [InlineData("MaxReceiveCount", "0", "must be between 1 and 1000 (it is 0).")]
    [InlineData("VisibilityTimeout", "00:00:01.5", "must be whole seconds between 1 and 43200 (it is 00:00:01.5000000).")]
    [InlineData("WaitTime", "00:00:21", "must be whole seconds between 0 and 20 (it is 00:00:21).")]
    [InlineData("MaxMessagesPerReceive", "11", "must be between 1 and 10 (it is 11).")]
    public void A_bad_setting_fails_start_up_naming_it(string setting, string value, string problem)
    {
        var options = Bound(new() { [$"Queue:{setting}"] = value });

        var result = new QueueOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal($"Setting Queue:{setting} (environment variable Queue__{setting}) {problem}", result.FailureMessage);
    }

    [Fact]
    public void Valid_settings_pass()
    {
        var options = Bound([]);

        var result = new QueueOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(["jobs-0", "jobs-1", "jobs-2"], options.QueueNames());
        Assert.Equal(("jobs-output", 60, TimeSpan.FromSeconds(20)), (options.OutputQueueName, options.VisibilitySeconds, options.ExtensionPeriod));
        Assert.Equal((5, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5), 10, false),
            (options.MaxReceiveCount, options.VisibilityTimeout, options.WaitTime, options.MaxMessagesPerReceive, options.SettleOnDelivery));
    }

    [Theory]
    [InlineData("Queue:Name", "Missing setting Queue:Name (environment variable Queue__Name), required by Queue:Provider=SQS (the work queues' base name).")]
    [InlineData("Queue:DeadLetterName", "Missing setting Queue:DeadLetterName (environment variable Queue__DeadLetterName), required by Queue:Provider=SQS (the dead-letter queue).")]
    public void The_SQS_work_queue_needs_its_queue_names(string missing, string message)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Queue:Provider"] = "SQS",
            ["Queue:Name"] = "jobs",
            ["Queue:DeadLetterName"] = "jobs-dead",
            [missing] = null,
        });

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(silo => silo.AddConfiguredWorkQueue()));

        Assert.Equal(message, error.Message);
    }

    /// <summary>Options bound from a valid "Queue" section with <paramref name="overrides"/> applied.</summary>
    private static QueueOptions Bound(Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?> { ["Queue:Name"] = "jobs", ["Queue:DeadLetterName"] = "jobs-dead", ["Queue:Count"] = "3" };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var options = new QueueOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(QueueOptions.Section).Bind(options);
        return options;
    }
}
