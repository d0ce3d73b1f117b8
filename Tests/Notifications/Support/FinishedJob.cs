using FaceClassifier.Jobs;

namespace FaceClassifier.Tests.Notifications.Support;

/// <summary>Snapshots of finished jobs, as the job grain hands them to the notifier.</summary>
internal static class FinishedJob
{
    private static readonly VideoFacts Video = new("mp4", "h264", TimeSpan.FromMinutes(2), 640, 360, 25, 1_000_000);

    public static JobSnapshot Completed(
        Guid id, string name, IReadOnlyList<PersonResult> people, int unknownFaces = 0, string? imageKey = null) =>
        Snapshot(id, name, JobStatus.Completed, null, imageKey) with
        {
            Result = new JobResult(
                people,
                [.. Enumerable.Range(1, unknownFaces).Select(n => new UnknownFaceResult($"unknown-{n}", 1, n, n))],
                people.Count + unknownFaces,
                100,
                120),
        };

    public static JobSnapshot Failed(Guid id, string name, string? error, string? imageKey = null) =>
        Snapshot(id, name, JobStatus.Error, error, imageKey);

    public static PersonResult Person(string name, double confidence, TimeSpan firstSeen, TimeSpan lastSeen) =>
        new($"person-{name}", name, confidence, firstSeen.TotalSeconds, lastSeen.TotalSeconds, 1, firstSeen.TotalSeconds);

    private static JobSnapshot Snapshot(Guid id, string name, JobStatus status, string? error, string? imageKey) => new(
        id, name, "owner@example.test", status, JobStage.Notifying, new JobProgress(100, 100), error,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(1), NotificationState.Pending, WebhookState.None,
        null, $"videos/{id:N}.mp4", imageKey, null, Video);
}
