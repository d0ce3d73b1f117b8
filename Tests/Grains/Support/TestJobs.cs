using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Grains.Support;

/// <summary>Helpers to submit and watch jobs through the grains.</summary>
public static class TestJobs
{
    public static readonly VideoFacts TenSecondVideo = new("mp4", "h264", TimeSpan.FromSeconds(10), 640, 360, 25, 123_456);

    public static JobSubmission Submission(Guid jobId, string email = "first@example.com", string name = "Ann Example", string? webhook = null) =>
        new(name, email, BlobKeys.Video(jobId), TenSecondVideo, webhook);

    public static Task<JobSnapshot> WaitForAsync(IGrainFactory grains, Guid jobId, Func<JobSnapshot, bool> condition, string what) =>
        Poll.UntilAsync(async () => await grains.GetGrain<IClassificationJob>(jobId).GetAsync() is { } s && condition(s) ? s : null, what);

    /// <summary>Waits until the job is finished and has nothing left to send.</summary>
    public static Task<JobSnapshot> WaitForDoneAsync(IGrainFactory grains, Guid jobId) =>
        WaitForAsync(grains, jobId, s => s.Stage == JobStage.Done, "the job to reach stage done");
}
