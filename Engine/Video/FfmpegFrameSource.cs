using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Engine.Video;

/// <summary>
/// Streams sampled frames of a video from one ffmpeg process (FFMpegCore), frame by frame, with each
/// frame's real presentation time. The frame size comes from the probe.
/// </summary>
public sealed partial class FfmpegFrameSource(IVideoProbe probe, ILogger<FfmpegFrameSource> logger) : IFrameSource
{
    public async IAsyncEnumerable<VideoFrame> ReadFramesAsync(
        string path,
        FrameSampling sampling,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sampling);
        var fullPath = Path.GetFullPath(path);
        var info = await probe.ProbeAsync(fullPath, cancellationToken).ConfigureAwait(false);
        var plan = FrameExtractionPlan.Create(info, sampling);
        LogStarting(logger, fullPath, plan.Width, plan.Height, sampling.KeyframesOnly, sampling.FramesPerSecond);

        var count = 0;
        var run = FfmpegFrameRun.Start(fullPath, plan, cancellationToken);
        await using (run.ConfigureAwait(false))
        {
            await foreach (var frame in run.Frames.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // ReadAllAsync still hands out a frame already in the channel after cancellation.
                cancellationToken.ThrowIfCancellationRequested();
                count++;
                yield return frame;
            }
        }

        LogFinished(logger, fullPath, count);
    }
}
