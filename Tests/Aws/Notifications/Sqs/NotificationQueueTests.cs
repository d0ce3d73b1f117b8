using FaceClassifier.Aws;
using FaceClassifier.Aws.Leases;
using FaceClassifier.Aws.Notifications.Sqs;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Hosting;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Streaming;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Aws.Streaming.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws.Notifications.Sqs;

/// <summary>The output queue's set-up against fauxqs, and the event it carries.</summary>
[Trait("Kind", "integration")]
public sealed class NotificationQueueTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task Creates_the_output_queue_with_a_redrive_to_the_dead_letter_queue_once()
    {
        using var sqs = AwsClientFactory.CreateSqs(aws.Options);
        var name = $"jobs-{Guid.NewGuid():N}";
        var queues = Registry(sqs, name, create: true);

        var outputUrl = await queues.OutputUrlAsync();
        var deadLetterUrl = await queues.DeadLetterUrlAsync();

        Assert.Same(outputUrl, await queues.OutputUrlAsync());
        Assert.Same(outputUrl, queues.UrlOf($"{name}-output"));
        Assert.EndsWith($"/{name}-output", outputUrl);
        Assert.EndsWith($"/{name}-dead", deadLetterUrl);
        var output = new QueueProbe(sqs, outputUrl);
        Assert.Equal("2", await output.AttributeAsync("VisibilityTimeout"));
        var deadArn = await new QueueProbe(sqs, deadLetterUrl).AttributeAsync("QueueArn");
        Assert.Equal("1209600", await new QueueProbe(sqs, deadLetterUrl).AttributeAsync("MessageRetentionPeriod"));
        Assert.Equal($$"""{"deadLetterTargetArn":"{{deadArn}}","maxReceiveCount":3}""", await output.AttributeAsync("RedrivePolicy"));
    }

    [Fact]
    public async Task A_missing_queue_is_a_clear_error_when_resources_are_not_created()
    {
        using var sqs = AwsClientFactory.CreateSqs(aws.Options);
        var name = $"absent-{Guid.NewGuid():N}";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Registry(sqs, name, create: false).OutputUrlAsync());

        Assert.Equal($"SQS queue '{name}-dead' does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.", error.Message);
    }

    [Fact]
    public void The_event_round_trips_and_anything_else_is_refused_with_a_reason()
    {
        var jobId = Guid.NewGuid();

        Assert.Equal($$"""{"type":"job.finished","jobId":"{{jobId}}"}""", JobFinishedEvent.Serialize(jobId));
        Assert.True(JobFinishedEvent.TryParse(JobFinishedEvent.Serialize(jobId), out var parsed, out var none));
        Assert.Equal((jobId, ""), (parsed, none));
        Assert.False(JobFinishedEvent.TryParse("[1]", out _, out var notObject));
        Assert.Equal("the body is not a JSON object", notObject);
        Assert.False(JobFinishedEvent.TryParse("""{"jobId":"x"}""", out _, out var noType));
        Assert.Equal("\"type\" is not \"job.finished\"", noType);
        Assert.False(JobFinishedEvent.TryParse("""{"type":"job.finished","jobId":7}""", out _, out var badId));
        Assert.Equal("\"jobId\" is not a job id", badId);
    }

    [Fact]
    public void Settings_the_queue_side_cannot_run_without_are_named()
    {
        using var host = SqsSilo(new() { ["Queue:Name"] = "jobs", ["Queue:VisibilityTimeout"] = "60" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<QueueOptions>>().Value);

        Assert.Equal(
            [
                "Setting Queue:DeadLetterName (environment variable Queue__DeadLetterName) is required.",
                "Setting Queue:VisibilityTimeout (environment variable Queue__VisibilityTimeout) must be whole seconds between 1 and 43200 (it is 60.00:00:00).",
            ],
            error.Failures);
    }

    [Fact]
    public void The_sqs_side_replaces_the_embedded_defaults()
    {
        var embedded = new ServiceCollection().AddFaceClassifierGrains().AddJobNotifications(new ConfigurationBuilder().Build());
        using var host = SqsSilo(new() { ["Queue:Name"] = "jobs", ["Queue:DeadLetterName"] = "jobs-dead" });

        Assert.Equal(typeof(NoWorkLeases), embedded.Single(d => d.ServiceType == typeof(IWorkLeases)).ImplementationType);
        Assert.Equal(typeof(InlineNotificationDispatch), embedded.Single(d => d.ServiceType == typeof(IJobNotificationDispatch)).ImplementationType);
        Assert.IsType<WorkLeases>(host.Services.GetRequiredService<IWorkLeases>());
        Assert.IsType<QueuedNotificationDispatch>(host.Services.GetRequiredService<IJobNotificationDispatch>());
        Assert.Single(host.Services.GetServices<IHostedService>().OfType<NotificationQueueConsumer>());
        Assert.Equal("jobs-output", host.Services.GetRequiredService<IOptions<QueueOptions>>().Value.OutputQueueName);
        Assert.Single(host.Services.GetServices<IValidateOptions<QueueOptions>>());
    }

    private static IHost SqsSilo(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort.Next(), gatewayPort: FreePort.Next());
            silo.Services.AddSingleton<IJobNotificationChannel>(new RecordingNotificationChannel());
            silo.Services.AddFaceClassifierGrains();
            silo.Services.AddJobNotifications(silo.Configuration);
            silo.Services.AddConfiguredBlobStore(builder.Configuration);
            silo.AddSqsWorkLeases();
        });
        return builder.Build();
    }

    private static SqsQueueRegistry Registry(Amazon.SQS.IAmazonSQS sqs, string name, bool create) => new(
        sqs,
        Options.Create(new QueueOptions { Name = name, DeadLetterName = $"{name}-dead", MaxReceiveCount = 3, VisibilityTimeout = TimeSpan.FromSeconds(2) }),
        Options.Create(new AwsOptions { CreateResources = create }));
}
