using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Gallery;
using FaceClassifier.Jobs;
using FaceClassifier.Learning;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Analysis;

/// <summary>
/// The real pipeline: fans the video's chunks out to stateless worker grains (skipping checkpointed ones),
/// searches the gallery as it is now for the joined tracks (one batch to every shard), renders the best frame and the faces' thumbnails
/// and stores them with the faces' descriptors (the <see cref="FaceArchive"/> later galleries are matched with).
/// </summary>
public sealed class ChunkedJobAnalysis(
    IGrainFactory grains,
    IFaceSummaryBuilder summaries,
    IGallery gallery,
    ResultImages images,
    FaceArchiveStore archives,
    AnalysisThreads threads,
    IOptions<AnalysisOptions> options) : IJobAnalysis
{
    public async Task<AnalysisOutcome> AnalyzeAsync(JobWork work, IAnalysisRun run, CancellationToken cancellationToken)
    {
        var done = (await run.LoadAsync()).ToDictionary(c => c.ChunkIndex);
        foreach (var chunk in done.Values)
        {
            run.ReportProgress(chunk.ChunkIndex, chunk.FramesAnalysed);
        }

        var plan = ChunkPlan.Split(work.Video.Duration, options.Value.ChunkDuration, options.Value.MaxConcurrentAnalyses, options.Value.FramesPerSecond);
        await AnalyseChunksAsync(work, plan.Where(c => !done.ContainsKey(c.Index)).ToList(), plan[^1].Index, done, run, cancellationToken);

        await run.AdvanceStageAsync(JobStage.Rendering);
        var chunks = plan.Select(c => ChunkMapping.FromWire(done[c.Index])).ToList();
        var summary = await summaries.BuildAsync(chunks, gallery, TimeSpan.FromSeconds(1 / options.Value.FramesPerSecond), cancellationToken);
        var keys = await threads.RunAsync(() => images.StoreAsync(work, summary, BestFrame.Pick(summary, work.Video.Duration), cancellationToken), cancellationToken);
        await archives.WriteAsync(FaceArchives.From(work.JobId, summary), cancellationToken);
        return new AnalysisOutcome(keys.Attach(ResultMapping.ToResult(summary, chunks, work.Video.Duration)), keys.ClassifiedFrame);
    }

    private async Task AnalyseChunksAsync(
        JobWork work,
        IReadOnlyList<(int Index, TimeSpan Start, TimeSpan End)> todo,
        int last,
        Dictionary<int, ChunkResult> done,
        IAnalysisRun run,
        CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var o = options.Value;
        var running = todo.Select(c => grains.GetGrain<IChunkWorkerGrain>(0).AnalyzeAsync(
            new ChunkRequest(work.JobId, c.Index, work.VideoKey, c.Start, c.Index == last ? null : c.End, o.FramesPerSecond, o.MaxFrameWidth),
            failed.Token)).ToList();
        try
        {
            // Checkpoint chunks one at a time as they finish: the runner's state is written by one writer.
            while (running.Count > 0)
            {
                var finished = await Task.WhenAny(running);
                running.Remove(finished);
                var chunk = await finished;
                done[chunk.ChunkIndex] = chunk;
                run.ReportProgress(chunk.ChunkIndex, chunk.FramesAnalysed);
                await run.SaveAsync(chunk);
            }
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
    }
}
