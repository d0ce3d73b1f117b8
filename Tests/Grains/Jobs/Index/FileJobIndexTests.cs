using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Index;
using FaceClassifier.Jobs.Index.Files;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Grains.Jobs.Index;

/// <summary>The job index contract on files, and the files themselves: one per job, named by its position.</summary>
[Trait("Kind", "unit")]
public sealed class FileJobIndexTests : JobIndexContract, IDisposable
{
    private static readonly DateTimeOffset Noon = new(2030, 5, 6, 12, 0, 0, TimeSpan.Zero);
    private readonly string _root = Path.Combine(TestAssets.TempDirectory(), "job-index");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);

    protected override IJobIndex Index() =>
        new FileJobIndex(Options.Create(new FileJobIndexOptions { RootDirectory = _root }), NullLogger<FileJobIndex>.Instance);

    [Fact]
    public async Task An_entry_is_one_file_named_by_its_creation_ticks_and_id()
    {
        var id = Guid.Parse("3f2a9c1e-8b4d-4e6f-9a7b-2c5d8e1f0a34");
        await Index().PutAsync(new JobIndexEntry(id, "Ann", JobStatus.Completed, Noon, Noon.AddSeconds(3), ["Grace"]));

        var file = Assert.Single(Directory.GetFiles(_root));
        Assert.Equal(Path.Combine(_root, $"{Noon.UtcTicks:D19}-3f2a9c1e8b4d4e6f9a7b2c5d8e1f0a34.json"), file);
        Assert.Contains("\"status\":\"completed\"", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Stray_and_unreadable_files_are_not_jobs_and_are_left_on_disk()
    {
        var kept = new JobIndexEntry(Guid.NewGuid(), "Kept", JobStatus.Processing, Noon, null, []);
        await Index().PutAsync(kept);
        var broken = new JobIndexPosition(Noon.AddHours(1).UtcTicks, Guid.NewGuid());
        await File.WriteAllTextAsync(Path.Combine(_root, broken.SortKey + ".json"), "{ not json");
        await File.WriteAllTextAsync(Path.Combine(_root, "notes.json"), "{}");
        await File.WriteAllTextAsync(Path.Combine(_root, $"{kept.Position.SortKey}.json.{Guid.NewGuid():N}.tmp"), "{");

        var page = await Index().ReadPageAsync(10, null);

        Assert.Equal([kept.JobId], page.Jobs.Select(j => j.JobId));
        Assert.Null(page.Next);
        Assert.Equal(4, Directory.GetFiles(_root).Length);
    }

    [Fact]
    public void The_options_need_a_folder()
    {
        var validator = new FileJobIndexOptionsValidator();

        Assert.True(validator.Validate(null, new() { RootDirectory = _root }).Succeeded);
        Assert.Equal(["The file job index needs RootDirectory."], validator.Validate(null, new() { RootDirectory = " " }).Failures);
    }
}
