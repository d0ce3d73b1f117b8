using Amazon.DynamoDBv2;
using FaceClassifier.Aws;
using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Persistence;

/// <summary>The DynamoDB dead-letter store against dynalite, one fresh table per test.</summary>
public sealed class DynamoDbDeadLetterStoreTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2030, 5, 6, 12, 0, 0, TimeSpan.FromHours(2));
    private readonly IAmazonDynamoDB _dynamoDb = AwsClientFactory.CreateDynamoDb(aws.Options);
    private readonly string _tableName = $"dead-letters-{Guid.NewGuid():N}";

    public Task InitializeAsync() => Store().InitializeAsync(CancellationToken.None);

    public Task DisposeAsync()
    {
        _dynamoDb.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_saved_letter_reads_back_equal_and_a_save_replaces_it()
    {
        var mail = Letter(Noon) with { Payload = "Subject: Done\r\n\r\n" + new string('x', 50_000), Kind = NotificationKind.Email, Target = "a@example.com" };
        var hook = Letter(Noon) with { LastError = "", Target = "https://hooks.example.com/x?y=1" };
        await Store().SaveAsync(mail);
        await Store().SaveAsync(hook);

        Assert.Equal(mail, await Store().GetAsync(mail.Id));
        Assert.Equal(hook, await Store().GetAsync(hook.Id));
        Assert.Null(await Store().GetAsync(Guid.NewGuid()));

        var replayed = mail with { Attempts = 9, LastError = "still refused", LastFailedAt = Noon.AddHours(1) };
        await Store().SaveAsync(replayed);
        Assert.Equal(replayed, await Store().GetAsync(mail.Id));
        Assert.Equal(2, (await Store().ListAsync()).Count);
    }

    [Fact]
    public async Task Letters_are_listed_oldest_first_failure_first_then_by_id()
    {
        var late = Letter(Noon.AddMinutes(5));
        var early = Letter(Noon.AddMinutes(-5));
        var (tieA, tieB) = (Letter(Noon), Letter(Noon));
        foreach (var letter in new[] { late, tieA, early, tieB })
        {
            await Store().SaveAsync(letter);
        }

        var listed = await Store().ListAsync();

        Assert.Equal([early.Id, .. new[] { tieA.Id, tieB.Id }.Order(), late.Id], listed.Select(l => l.Id));
        Assert.Equal(early, listed[0]);
    }

    [Fact]
    public async Task Deleting_removes_a_letter_once()
    {
        var letter = Letter(Noon);
        var kept = Letter(Noon);
        await Store().SaveAsync(letter);
        await Store().SaveAsync(kept);

        Assert.True(await Store().DeleteAsync(letter.Id));
        Assert.False(await Store().DeleteAsync(letter.Id));
        Assert.Null(await Store().GetAsync(letter.Id));
        Assert.Equal([kept], await Store().ListAsync());
    }

    private DynamoDbDeadLetterStore Store() =>
        new(_dynamoDb, Options.Create(new DynamoDbDeadLetterStoreOptions { TableName = _tableName, CreateIfNotExists = true }));

    private static DeadLetter Letter(DateTimeOffset firstFailedAt) => new(
        Guid.NewGuid(), NotificationKind.Webhook, Guid.NewGuid(), "https://hooks.example.com/job", "{\"status\":\"completed\"}",
        "HTTP 503", 4, firstFailedAt, firstFailedAt.AddMinutes(3));
}
