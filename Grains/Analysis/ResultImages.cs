using FaceClassifier.Blobs;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Jobs;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Analysis;

/// <summary>The stored images of a result: the classified frame, and a thumbnail per person and unknown face (null where no frame was decoded).</summary>
public sealed record ResultImageKeys(string? ClassifiedFrame, IReadOnlyList<string?> People, IReadOnlyList<string?> Unknown)
{
    /// <summary>The result with each entry's thumbnail key (entries in the order of the summary the keys were made for).</summary>
    public JobResult Attach(JobResult result) => result with
    {
        People = result.People.Select((p, i) => p with { ThumbnailKey = People[i] }).ToArray(),
        UnknownFaces = result.UnknownFaces.Select((u, i) => u with { ThumbnailKey = Unknown[i] }).ToArray(),
    };
}

/// <summary>
/// Renders and stores the classified frame and each face's thumbnail (cut from its best frame at its best box) in the
/// job's frame folder, so deleting the job deletes them. Each distinct frame time is decoded once, a few at once. The classified frame
/// labels every face in it that the result knows (<see cref="FrameFaceLabels"/>).
/// </summary>
public sealed class ResultImages(
    IFrameSource frames,
    IFaceAnalyzer analyzer,
    IOptions<FaceMatcherOptions> matcherOptions,
    IClassifiedFrameRenderer renderer,
    IFaceThumbnailer thumbnailer,
    IBlobStore blobs,
    IOptions<AnalysisOptions> options)
{
    public async Task<ResultImageKeys> StoreAsync(JobWork work, VideoFaceSummary summary, FramePick pick, CancellationToken cancellationToken)
    {
        // Faces are numbered people first, then unknown faces: the thumbnail of face n is BlobKeys.FaceThumbnail(job, n).
        var faces = summary.People.Select(p => (p.BestFrameTime, p.BestBox))
            .Concat(summary.Unknown.Select(u => (u.BestFrameTime, u.BestBox)))
            .ToList();
        var thumbnails = new string?[faces.Count];
        string? classified = null;
        var path = await blobs.GetLocalPathAsync(work.VideoKey, cancellationToken);
        var times = faces.Select(f => f.BestFrameTime).Append(pick.Time).Distinct();
        // Each frame is its own short ffmpeg run: a few at once keep the cores busy while each one seeks.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken, TaskScheduler = TaskScheduler.Current };
        await Parallel.ForEachAsync(times, parallel, async (time, ct) =>
        {
            var frame = await ReadFrameAsync(path, time, ct);
            if (frame is null)
            {
                return;
            }

            if (time == pick.Time)
            {
                var key = BlobKeys.ClassifiedFrame(work.JobId);
                var labels = FrameFaceLabels.Complete(pick.Labels, analyzer.Analyze(frame.Image), summary, matcherOptions.Value.SamePersonDistance);
                await StoreAsync(key, renderer.RenderJpeg(frame.Image, labels), ct);
                classified = key;
            }

            for (var n = 0; n < faces.Count; n++)
            {
                if (faces[n].BestFrameTime == time)
                {
                    await StoreAsync(BlobKeys.FaceThumbnail(work.JobId, n), thumbnailer.RenderJpeg(frame.Image, faces[n].BestBox), ct);
                    thumbnails[n] = BlobKeys.FaceThumbnail(work.JobId, n);
                }
            }
        });

        return new ResultImageKeys(classified, thumbnails[..summary.People.Count], thumbnails[summary.People.Count..]);
    }

    /// <summary>The first sampled frame at or after <paramref name="time"/>, scaled as the analysis scaled it, so face boxes fit it.</summary>
    private async Task<VideoFrame?> ReadFrameAsync(string path, TimeSpan time, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var sampling = new FrameSampling
        {
            FramesPerSecond = o.FramesPerSecond,
            Start = time,
            End = time + TimeSpan.FromSeconds(2 / o.FramesPerSecond),
            MaxWidth = o.MaxFrameWidth,
        };
        await foreach (var frame in frames.ReadFramesAsync(path, sampling, cancellationToken))
        {
            return frame;
        }

        return null;
    }

    private async Task StoreAsync(string key, byte[] jpeg, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(jpeg, writable: false);
        await blobs.WriteAsync(key, content, jpeg.Length, cancellationToken);
    }
}
