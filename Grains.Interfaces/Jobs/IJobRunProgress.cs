using Orleans.Concurrency;

namespace FaceClassifier.Jobs;

/// <summary>The chunk workers' view of a job's runner (same Guid): where they report progress, which the runner passes on.</summary>
public interface IJobRunProgress : IGrainWithGuidKey
{
    /// <summary>Frames analysed so far by one chunk of the running attempt.</summary>
    /// <remarks>Interleaved: it arrives while the runner awaits its chunks, and it only passes the count on.</remarks>
    [OneWay, AlwaysInterleave]
    Task ReportProgressAsync(int chunkIndex, int framesDone);
}
