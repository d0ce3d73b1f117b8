using FaceClassifier.Analysis;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Grains.Jobs;

/// <summary>DELETE removes a job's video, frames and stored descriptors, also while it runs.</summary>
[Trait("Kind", "integration")]
[Collection(ServiceClusterCollection.Name)]
public sealed class JobDeletionTests(ServiceClusterFixture fixture)
{
    [Fact]
    public async Task Deleting_a_running_job_removes_its_files_and_checkpointed_descriptors()
    {
        var id = Guid.NewGuid();
        var blobs = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IBlobStore>();
        await blobs.WriteAsync(BlobKeys.Video(id), new MemoryStream([1, 2, 3]), 10);
        await blobs.WriteAsync(BlobKeys.ClassifiedFrame(id), new MemoryStream([4, 5]), 10);
        await blobs.WriteAsync(BlobKeys.FaceThumbnail(id, 0), new MemoryStream([6]), 10);
        var script = fixture.Analysis.For(id).Hold();
        script.Checkpoint = Chunk(0);
        var job = fixture.Client.GetGrain<IClassificationJob>(id);
        await job.SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);

        var runner = fixture.Client.GetGrain<IJobRunnerGrain>(id);
        Assert.True(await runner.IsRunningAsync());
        Assert.Single(RunnerStateFiles(id));

        Assert.True(await job.DeleteAsync());

        Assert.Null(await job.GetAsync());
        Assert.False(await job.DeleteAsync());
        Assert.Null(await job.UpdateContactAsync(new ContactUpdate("x", null)));
        Assert.Null(await blobs.OpenReadAsync(BlobKeys.Video(id)));
        Assert.Null(await blobs.OpenReadAsync(BlobKeys.ClassifiedFrame(id)));
        Assert.Null(await blobs.OpenReadAsync(BlobKeys.FaceThumbnail(id, 0)));
        Assert.Empty(RunnerStateFiles(id));
        await Poll.UntilAsync(async () => await runner.IsRunningAsync() ? null : "stopped", "the runner to stop");
        Assert.Empty(fixture.Channel.EmailsFor(id));
    }

    /// <summary>A finished chunk with one track and its descriptor.</summary>
    public static ChunkResult Chunk(int index) => new(
        index, TimeSpan.FromSeconds(index * 10), TimeSpan.FromSeconds((index + 1) * 10), 20, 3,
        [new ChunkTrack(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), 7, TimeSpan.FromSeconds(2), new WireBox(1, 2, 3, 4), 0.8f, [.. Enumerable.Range(0, 128).Select(i => i / 128f)])]);

    private string[] RunnerStateFiles(Guid id) =>
        Directory.Exists(Path.Combine(fixture.DataDirectory, "state"))
            ? Directory.GetFiles(Path.Combine(fixture.DataDirectory, "state"), $"*{id:N}*", SearchOption.AllDirectories)
                .Where(f => f.Contains("runner", StringComparison.OrdinalIgnoreCase)).ToArray()
            : [];
}
