using FaceClassifier.Engine.Vision.Abstractions;
using FFMpegCore;
using FFMpegCore.Exceptions;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Engine.Video;

/// <summary>Inspects a video with ffprobe (through FFMpegCore) and names the container as users know it.</summary>
public sealed partial class FfprobeVideoProbe(ILogger<FfprobeVideoProbe> logger) : IVideoProbe
{
    // Only local files: a playlist disguised as a video must not make ffprobe fetch anything.
    private const string ProbeArguments = "-protocol_whitelist file";

    public async Task<VideoInfo> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        var file = new FileInfo(fullPath);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The video file '{fullPath}' does not exist.", fullPath);
        }

        if (file.Length == 0)
        {
            throw Reject(fullPath, "the file is empty");
        }

        IMediaAnalysis analysis;
        try
        {
            analysis = await FFProbe.AnalyseAsync(fullPath, customArguments: ProbeArguments, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (FFProbeProcessException ex)
        {
            throw Reject(fullPath, FfmpegMessages.ProbeFailure(fullPath, ex.StandardError), ex);
        }
        catch (FFProbeException ex)
        {
            throw Reject(fullPath, "the file is not a video in a format that can be read", ex);
        }

        var info = ToVideoInfo(fullPath, file.Length, analysis);
        LogProbed(logger, fullPath, info.Container, info.Codec, info.Width, info.Height, info.Duration);
        return info;
    }

    private VideoInfo ToVideoInfo(string path, long sizeBytes, IMediaAnalysis analysis)
    {
        var formatName = analysis.Format.FormatName ?? string.Empty;
        if (formatName == "image2" || formatName.EndsWith("_pipe", StringComparison.Ordinal))
        {
            throw Reject(path, "the file is a still image, not a video");
        }

        // The same stream ffmpeg's "-map 0:V:0" picks: the first video stream that is not cover art.
        var stream = analysis.VideoStreams
            .OrderBy(s => s.Index)
            .FirstOrDefault(s => s.Disposition?.GetValueOrDefault("attached_pic") != true)
            ?? throw Reject(path, "no video stream: the file has no moving picture (is it audio only?)");

        var duration = stream.Duration > TimeSpan.Zero ? stream.Duration : analysis.Format.Duration;
        if (duration <= TimeSpan.Zero)
        {
            throw Reject(path, "the video's duration is unknown, so the file is probably truncated or a raw stream");
        }

        if (stream.Width is not > 0 || stream.Height is not > 0)
        {
            throw Reject(path, "the video stream has no picture size");
        }

        // ffmpeg rotates frames upright when decoding, so report the size the frames will have.
        var quarterTurn = Math.Abs(stream.Rotation) % 180 == 90;
        var (width, height) = quarterTurn ? (stream.Height.Value, stream.Width.Value) : (stream.Width.Value, stream.Height.Value);
        var fps = double.IsFinite(stream.AverageFrameRate) && stream.AverageFrameRate > 0 ? stream.AverageFrameRate : stream.RealFrameRate;

        var majorBrand = analysis.Format.Tags?.GetValueOrDefault("major_brand");
        return new VideoInfo(
            ContainerName.Normalize(formatName, majorBrand, path),
            stream.CodecName ?? "unknown",
            duration,
            width,
            height,
            double.IsFinite(fps) ? fps : 0,
            sizeBytes);
    }

    private InvalidVideoException Reject(string path, string reason, Exception? inner = null)
    {
        LogRejected(logger, path, reason);
        return new InvalidVideoException(reason, inner);
    }
}
