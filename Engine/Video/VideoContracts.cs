using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Video;

/// <summary>What ffprobe found in a video file.</summary>
public sealed record VideoInfo(string Container, string Codec, TimeSpan Duration, int Width, int Height, double FrameRate, long SizeBytes);

/// <summary>One decoded frame with its presentation time.</summary>
public sealed record VideoFrame(int Index, TimeSpan Timestamp, RgbImage Image);

/// <summary>How frames are sampled from a video.</summary>
public sealed record FrameSampling
{
    /// <summary>Frames per second to sample; ignored in keyframes-only mode.</summary>
    public double FramesPerSecond { get; init; } = 2;

    /// <summary>Decode only keyframes (fast mode).</summary>
    public bool KeyframesOnly { get; init; }

    /// <summary>
    /// Decode only the frames others are predicted from (keyframes, P-frames, reference B-frames), so each sampled frame
    /// is the first of those in its slot, a frame or two late on H.264 with B-frames; this about halves the decoding
    /// there. Only when a slot spans at least 8 of the video's frames; decoders that cannot skip (VP9) decode every
    /// frame; a frame's timestamp is always its own.
    /// </summary>
    public bool ReferenceFramesOnly { get; init; } = true;

    /// <summary>Start of the sampled range.</summary>
    public TimeSpan Start { get; init; } = TimeSpan.Zero;

    /// <summary>End of the sampled range; null for the end of the video.</summary>
    public TimeSpan? End { get; init; }

    /// <summary>Frames wider than this are scaled down (keeping aspect); null keeps the size.</summary>
    public int? MaxWidth { get; init; }
}

/// <summary>Inspects a video with ffprobe.</summary>
public interface IVideoProbe
{
    Task<VideoInfo> ProbeAsync(string path, CancellationToken cancellationToken = default);
}

/// <summary>Streams sampled frames from one ffmpeg process.</summary>
public interface IFrameSource
{
    IAsyncEnumerable<VideoFrame> ReadFramesAsync(string path, FrameSampling sampling, CancellationToken cancellationToken = default);
}
