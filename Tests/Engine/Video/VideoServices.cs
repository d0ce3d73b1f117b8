using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Video.VideoValidation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Video;

/// <summary>The video classes under test, wired with null loggers.</summary>
internal static class VideoServices
{
    public static FfprobeVideoProbe Probe() => new(NullLogger<FfprobeVideoProbe>.Instance);

    public static FfmpegFrameSource FrameSource() => new(Probe(), NullLogger<FfmpegFrameSource>.Instance);

    public static VideoValidator Validator(VideoValidationOptions? options = null) =>
        new(Probe(), Options.Create(options ?? new VideoValidationOptions()), NullLogger<VideoValidator>.Instance);

    public static async Task<List<VideoFrame>> ReadAllAsync(string path, FrameSampling sampling, CancellationToken cancellationToken = default)
    {
        var frames = new List<VideoFrame>();
        await foreach (var frame in FrameSource().ReadFramesAsync(path, sampling, cancellationToken))
        {
            frames.Add(frame);
        }

        return frames;
    }
}
