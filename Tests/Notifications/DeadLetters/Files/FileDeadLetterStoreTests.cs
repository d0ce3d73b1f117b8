using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.DeadLetters.Files;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Notifications.DeadLetters.Files;

[Trait("Kind", "unit")]
public sealed class FileDeadLetterStoreTests : DeadLetterStoreContract
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(2));
    private readonly string _directory = Path.Combine(TestAssets.TempDirectory(), "dead-letters");

    [Fact]
    public async Task DeadLetters_SurviveANewStoreOverTheSameFolder()
    {
        var older = Letter(NotificationKind.Webhook, Start.AddTicks(1234567), "{\"status\":\"failed\"}");
        var newer = Letter(NotificationKind.Email, Start.AddMinutes(5), "Subject: Hi\r\n\r\nBody\r\n");
        await NewStore().SaveAsync(newer);
        await NewStore().SaveAsync(older);

        var reopened = NewStore();

        Assert.Equal([older, newer], await reopened.ListAsync());
        Assert.Equal(newer, await reopened.GetAsync(newer.Id));
        Assert.Null(await reopened.GetAsync(Guid.NewGuid()));
        Assert.Equal(2, Directory.GetFiles(_directory).Length);
        var json = await File.ReadAllTextAsync(Path.Combine(_directory, $"{older.Id:D}.json"));
        Assert.Contains("\"kind\": \"webhook\"", json);
        Assert.Contains($"\"jobId\": \"{older.JobId:D}\"", json);
    }

    [Fact]
    public async Task Save_ReplacesAndDelete_RemovesOnce()
    {
        var store = NewStore();
        var letter = Letter(NotificationKind.Webhook, Start, "{}");
        await store.SaveAsync(letter);
        await store.SaveAsync(letter with { Attempts = 9, LastError = "again" });

        Assert.Equal((9, "again"), ((await NewStore().GetAsync(letter.Id))!.Attempts, (await NewStore().GetAsync(letter.Id))!.LastError));
        Assert.True(await store.DeleteAsync(letter.Id));
        Assert.False(await store.DeleteAsync(letter.Id));
        Assert.Empty(await NewStore().ListAsync());
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task UnreadableFile_IsSkippedAndLeftOnDisk()
    {
        var letter = Letter(NotificationKind.Email, Start, "x");
        await NewStore().SaveAsync(letter);
        var broken = Path.Combine(_directory, $"{Guid.NewGuid():D}.json");
        await File.WriteAllTextAsync(broken, "{ not json");

        Assert.Equal([letter], await NewStore().ListAsync());
        Assert.True(File.Exists(broken));
    }

    [Fact]
    public async Task MissingFolder_ListsNothing()
    {
        Assert.Empty(await NewStore().ListAsync());
        Assert.False(await NewStore().DeleteAsync(Guid.NewGuid()));
        Assert.Null(await NewStore().GetAsync(Guid.NewGuid()));
    }

    private FileDeadLetterStore NewStore() => new(
        Options.Create(new NotificationStorageOptions { DeadLetterDirectory = _directory }),
        NullLogger<FileDeadLetterStore>.Instance);

    protected override IDeadLetterStore Store() => NewStore();

    private static DeadLetter Letter(NotificationKind kind, DateTimeOffset failedAt, string payload) =>
        new(Guid.NewGuid(), kind, Guid.NewGuid(), kind == NotificationKind.Email ? "a@example.test" : "http://127.0.0.1:9/hook",
            payload, "HTTP 500", 5, failedAt, failedAt.AddMinutes(1));
}
