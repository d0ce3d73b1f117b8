using System.Text.Json;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Tests.Aws.Notifications.Sqs.Support;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Aws.Streaming.Support;

namespace FaceClassifier.Tests.Aws.Notifications.Sqs;

/// <summary>
/// Job events on the SQS output queue (fauxqs) consumed by a silo that mails through maildev: sent once then deleted;
/// a failing event ends in the dead-letter queue after its receives; a body that is no event goes there at once.
/// </summary>
[Trait("Kind", "integration")]
public sealed class NotificationQueueConsumerTests(LocalAwsServers aws, MailDevServer maildev)
    : IClassFixture<LocalAwsServers>, IClassFixture<MailDevServer>
{
    [Fact]
    public async Task A_finished_job_is_mailed_once_through_its_event_which_is_then_deleted_and_a_duplicate_mails_nobody()
    {
        await using var silo = await QueuedNotificationCluster.StartAsync(aws, maildev);
        var jobId = Guid.NewGuid();
        var email = $"owner-{jobId:N}@example.test";

        await silo.Client.GetGrain<IClassificationJob>(jobId).SubmitAsync(TestJobs.Submission(jobId, email));

        var mail = await maildev.WaitForMailToAsync(email);
        Assert.Contains(jobId.ToString(), mail.Text);
        await TestJobs.WaitForDoneAsync(silo.Client, jobId);
        await DrainedAsync(silo.Output);
        await silo.Output.SendAsync(JobFinishedEvent.Serialize(jobId));
        await DrainedAsync(silo.Output);
        Assert.Single(await maildev.MailsToAsync(email));
        Assert.Equal((0, 0), await silo.DeadLetters.CountsAsync());
        Assert.Empty(silo.Logs.Named("LogEventFailed"));
        using var redrive = JsonDocument.Parse((await silo.Output.AttributeAsync("RedrivePolicy"))!);
        Assert.EndsWith($":{silo.DeadLetterName}", redrive.RootElement.GetProperty("deadLetterTargetArn").GetString());
        Assert.Equal(QueuedNotificationCluster.MaxReceiveCount, redrive.RootElement.GetProperty("maxReceiveCount").GetInt32());
    }

    [Fact]
    public async Task An_event_whose_job_cannot_be_loaded_is_kept_and_lands_in_the_dead_letter_queue_after_its_receives()
    {
        await using var silo = await QueuedNotificationCluster.StartAsync(aws, maildev);
        var jobId = Guid.NewGuid();
        await silo.CorruptJobStateAsync(jobId);

        var sent = await silo.Output.SendAsync(JobFinishedEvent.Serialize(jobId));

        var dead = await Poll.UntilAsync(async () => (await silo.DeadLetters.ReceiveAsync(waitSeconds: 1)).SingleOrDefault(), "the event in the dead-letter queue");
        Assert.Equal((sent, JobFinishedEvent.Serialize(jobId)), (dead.MessageId, dead.Body));
        Assert.Equal($"{QueuedNotificationCluster.MaxReceiveCount + 2}", QueueProbe.ReceiveCount(dead));
        Assert.Equal((0, 0), await silo.Output.CountsAsync());
        var failures = silo.Logs.Named("LogEventFailed");
        Assert.Equal(QueuedNotificationCluster.MaxReceiveCount, failures.Count);
        Assert.All(failures, f => Assert.Contains(jobId.ToString(), f.Message));
        Assert.Equal(["1", "2"], failures.Select(f => f.Message.Split("(receive ")[1][..1]).Order());
    }

    [Fact]
    public async Task A_body_that_is_not_a_job_event_goes_to_the_dead_letter_queue_at_once_with_the_reason()
    {
        await using var silo = await QueuedNotificationCluster.StartAsync(aws, maildev);
        string[] bodies =
        [
            "not json",
            $$"""{"type":"job.started","jobId":"{{Guid.NewGuid()}}"}""",
            """{"type":"job.finished","jobId":"nope"}""",
        ];
        foreach (var body in bodies)
        {
            await silo.Output.SendAsync(body);
        }

        var dead = new List<Amazon.SQS.Model.Message>();
        await Poll.UntilAsync(async () =>
        {
            dead.AddRange(await silo.DeadLetters.ReceiveAsync(waitSeconds: 1));
            return dead.Count >= bodies.Length ? dead : null;
        }, "three events in the dead-letter queue");

        var reasons = dead.ToDictionary(m => m.Body, m => (m.MessageAttributes[DeadLetterWriter.ReasonAttribute].StringValue,
            m.MessageAttributes[DeadLetterWriter.ReceiveCountAttribute].StringValue));
        Assert.Equal(bodies.Order(), reasons.Keys.Order());
        Assert.StartsWith("the body is not JSON: ", reasons[bodies[0]].Item1);
        Assert.Equal(("\"type\" is not \"job.finished\"", "1"), reasons[bodies[1]]);
        Assert.Equal(("\"jobId\" is not a job id", "1"), reasons[bodies[2]]);
        Assert.Equal("1", reasons[bodies[0]].Item2);
        Assert.All(dead, m => Assert.Equal($"{silo.QueueName}-output", m.MessageAttributes[DeadLetterWriter.SourceQueueAttribute].StringValue));
        Assert.Equal((0, 0), await silo.Output.CountsAsync());
        Assert.Equal(3, silo.Logs.Named("LogDeadLettered").Count);
    }

    private static Task DrainedAsync(QueueProbe queue) =>
        Poll.UntilAsync(async () => await queue.CountsAsync() == (0, 0) ? "drained" : null, "the output queue to be empty");
}
