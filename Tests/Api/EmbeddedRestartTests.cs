using System.Text.Json;
using FaceClassifier.Jobs;
using FaceClassifier.Tests.Api.EndToEnd;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Grains.Support;

namespace FaceClassifier.Tests.Api;

/// <summary>
/// The embedded host (API + co-hosted silo, as ./run.sh starts it) stopped mid-job and started again over
/// the same data folder: the job resumes through the file reminder table and completes.
/// </summary>
[Trait("Kind", "integration")]
public sealed class EmbeddedRestartTests : IDisposable
{
    private readonly string _data = TestAssets.TempDirectory();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task A_job_interrupted_by_a_host_restart_completes_after_it()
    {
        var id = Guid.NewGuid();
        await using (var first = new ApiFactory(dataDirectory: _data))
        {
            var held = first.Analysis.For(id).Hold();
            await first.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
            await held.Started.Task.WaitAsync(Poll.DefaultTimeout);
        }

        await using var second = new ApiFactory(dataDirectory: _data);
        second.Analysis.For(id).Result = new JobResult([new PersonResult("p", "Resumed", 0.9, 0, 1, 2, 0.5)], [], 2, 20, 10);
        using var http = second.CreateClient();
        var done = await TestJobs.WaitForDoneAsync(second.Grains, id);

        Assert.Equal(JobStatus.Completed, done.Status);
        Assert.Equal(1, second.Analysis.For(id).RunCount);
        Assert.Equal("first@example.com", Assert.Single(second.Channel.EmailsFor(id)).Email);
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/classification/{id}"));
        Assert.Equal("Resumed", doc.RootElement.GetProperty("data").GetProperty("result").GetProperty("people")[0].GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requires", "Engine")]
    public Task Two_thousand_people_are_paged_kept_over_a_restart_and_a_job_names_only_the_right_one() =>
        GalleryScaleScenario.RunAsync(() => new ApiFactory(realAnalysis: true, dataDirectory: _data), _data, ApiFactory.ApiKey);

    [Fact]
    [Trait("Requires", "Engine")]
    public async Task A_real_upload_interrupted_by_a_host_restart_completes_after_it()
    {
        var clip = Path.Combine(_data, "clip.mp4");
        await ClipMaker.PhotoClipAsync(TestAssets.DemoImage("sample3.jpg"), 30, clip);
        string id;
        await using (var first = new ApiFactory(realAnalysis: true, realNotifications: true, dataDirectory: _data))
        {
            using var http = first.CreateClient();
            var form = Http.Form(("name", "Ann"), ("email", "ann@example.com")).WithFile("file", await File.ReadAllBytesAsync(clip));
            var (status, body) = await http.PostAsync("/api/upload", form).ReadAsync();
            Assert.Equal(200, status);
            id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
            await TestJobs.WaitForAsync(first.Grains, Guid.Parse(id), s => s.Progress.FramesDone > 0, "the analysis to start");
        }

        await using var second = new ApiFactory(realAnalysis: true, realNotifications: true, dataDirectory: _data);
        var done = await Poll.UntilAsync(
            async () => await second.Grains.GetGrain<IClassificationJob>(Guid.Parse(id)).GetAsync() is { Status: not JobStatus.Processing } s ? s : null,
            "the resumed job to finish",
            TimeSpan.FromMinutes(5));
        Assert.Equal(JobStatus.Completed, done.Status);
        Assert.Equal(3, done.Result!.People.Count + done.Result.UnknownFaces.Count);
    }
}
