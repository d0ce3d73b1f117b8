using System.Globalization;

namespace FaceClassifier.Engine.Video;

/// <summary>The ffmpeg arguments and output frame size for one <see cref="FrameSampling"/> of a video.</summary>
internal sealed record FrameExtractionPlan(int Width, int Height, string InputArguments, string OutputArguments)
{
    internal const int MinFramesPerSlot = 8;

    public int FrameBytes => Width * Height * 3;

    public static FrameExtractionPlan Create(VideoInfo info, FrameSampling sampling)
    {
        Validate(sampling);
        var (width, height) = OutputSize(info.Width, info.Height, sampling.MaxWidth);
        var start = Seconds(sampling.Start);
        var end = sampling.End is { } e ? Seconds(e) : null;

        // -copyts -start_at_zero keeps every frame's own pts (from the container start) through the
        // seek, so the timestamps showinfo reports are the frames' real ones.
        // One decoding thread: a silo runs one extraction per core, and frame threading only adds work then.
        var input = "-hide_banner -nostats -loglevel level+info -xerror -protocol_whitelist file -copyts -start_at_zero -threads 1"
            + (sampling.KeyframesOnly ? " -skip_frame nokey" : SkipsNonReferenceFrames(info, sampling) ? " -skip_frame noref" : string.Empty)
            + (sampling.Start > TimeSpan.Zero ? $" -ss {start}" : string.Empty)
            + (end is null ? string.Empty : $" -to {end}");

        var range = $"gte(t,{start})" + (end is null ? string.Empty : $"*lt(t,{end})");
        var select = sampling.KeyframesOnly
            ? $"eq(key,1)*{range}"
            : $"{range}*(isnan(prev_selected_t)+gte({Slot("t", start, sampling.FramesPerSecond)}-{Slot("prev_selected_t", start, sampling.FramesPerSecond)},1))";

        // -skip_frame is only a hint some decoders (vp9) ignore; select keeps just the keyframes anyway.
        var output = $"-map 0:V:0 -an -sn -dn -vf \"select='{select}',scale={width}:{height},{ShowinfoFilter.Filter}\" -fps_mode passthrough -pix_fmt rgb24";
        return new FrameExtractionPlan(width, height, input, output);
    }

    /// <summary>
    /// Whether ffmpeg may skip the frames nothing is predicted from: only when each sampling slot spans at least
    /// <see cref="MinFramesPerSlot"/> frames, more than the B-frames encoders put in a row, so every slot keeps a frame.
    /// </summary>
    internal static bool SkipsNonReferenceFrames(VideoInfo info, FrameSampling sampling) =>
        sampling.ReferenceFramesOnly && double.IsFinite(info.FrameRate) && info.FrameRate >= MinFramesPerSlot * sampling.FramesPerSecond;

    /// <summary>Scales down to at most <paramref name="maxWidth"/> keeping the aspect, with even sides.</summary>
    internal static (int Width, int Height) OutputSize(int width, int height, int? maxWidth)
    {
        if (maxWidth is not { } max || width <= max)
        {
            return (width, height);
        }

        var w = max & ~1;
        var h = (int)Math.Round(height * (double)w / width / 2, MidpointRounding.AwayFromZero) * 2;
        return (w, Math.Max(2, h));
    }

    // The sampling slot a time falls in: frame k/fps after Start starts slot k. The epsilon keeps a
    // frame exactly on a slot boundary in that slot despite floating-point subtraction.
    private static string Slot(string time, string start, double fps) =>
        $"floor(({time}-{start})*{fps.ToString("R", CultureInfo.InvariantCulture)}+0.000001)";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.######", CultureInfo.InvariantCulture);

    private static void Validate(FrameSampling sampling)
    {
        if (!sampling.KeyframesOnly && (!double.IsFinite(sampling.FramesPerSecond) || sampling.FramesPerSecond <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(sampling), sampling.FramesPerSecond, "FramesPerSecond must be a positive number.");
        }

        if (sampling.Start < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(sampling), sampling.Start, "Start must not be negative.");
        }

        if (sampling.End is { } end && end <= sampling.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(sampling), end, "End must be after Start.");
        }

        if (sampling.MaxWidth is < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(sampling), sampling.MaxWidth, "MaxWidth must be at least 2.");
        }
    }
}
