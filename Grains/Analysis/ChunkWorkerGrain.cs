using FaceClassifier.Blobs;
using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Video;
using FaceClassifier.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace FaceClassifier.Analysis;

/// <summary>
/// Analyses one chunk of a video on the local silo, within the silo's cap on concurrent analyses, on the silo's
/// <see cref="AnalysisThreads"/>: the grain's turns only start the work and take its result.
/// </summary>
[StatelessWorker]
public sealed partial class ChunkWorkerGrain(
    IVideoChunkAnalyzer analyzer, IBlobStore blobs, AnalysisSlots slots, AnalysisThreads threads, FrameInstruments frames, TimeProvider time, ILogger<ChunkWorkerGrain> logger)
    : Grain, IChunkWorkerGrain
{
    public async Task<ChunkResult> AnalyzeAsync(ChunkRequest request, CancellationToken cancellationToken = default)
    {
        using var slot = await slots.AcquireAsync(cancellationToken);
        LogAnalysing(logger, request.ChunkIndex, request.JobId);
        var path = await blobs.GetLocalPathAsync(request.VideoKey, cancellationToken);
        var sampling = new FrameSampling
        {
            FramesPerSecond = request.FramesPerSecond,
            Start = request.Start,
            End = request.End,
            MaxWidth = request.MaxWidth,
        };
        // Progress goes to the job's runner, which tells the job (and reports the finished count when the result is back):
        // analysis code never calls the job itself.
        var runner = GrainFactory.GetGrain<IJobRunProgress>(request.JobId);
        var progress = new ChunkProgress(runner, request.ChunkIndex, frames, time);
        var analysis = await threads.RunAsync(() => analyzer.AnalyzeAsync(path, sampling, progress, cancellationToken), cancellationToken);
        LogAnalysed(logger, request.ChunkIndex, request.JobId, analysis.FramesAnalysed);
        return ChunkMapping.ToWire(request.ChunkIndex, analysis);
    }
}

/// <summary>Counts each analysed frame on the silo and forwards the chunk's count to its runner at most once a second (one-way calls).</summary>
internal sealed class ChunkProgress(IJobRunProgress runner, int chunkIndex, FrameInstruments frames, TimeProvider time) : IProgress<int>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private long _lastReport = long.MinValue;
    private int _counted;

    public void Report(int value)
    {
        var before = Interlocked.Exchange(ref _counted, value);
        if (value > before)
        {
            frames.Analysed(value - before);
        }

        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastReport);
        if ((last != long.MinValue && time.GetElapsedTime(last, now) < Interval) || Interlocked.CompareExchange(ref _lastReport, now, last) != last)
        {
            return;
        }

        _ = runner.ReportProgressAsync(chunkIndex, value);
    }
}
