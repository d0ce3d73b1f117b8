using FaceClassifier.Engine.Video.VideoValidation;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Tests.Testing;

/// <summary>
/// A synthetic video whose frames say which source frame they are: 320x240, 25 fps, 4 s (100 frames),
/// a keyframe exactly every second. The top half shows the frame number in 8 binary blocks (40 px
/// wide, white = 1, least significant bit left); the bottom half is red, green and blue thirds.
/// </summary>
public static class PatternVideo
{
    public const int Width = 320;
    public const int Height = 240;
    public const int FramesPerSecond = 25;
    public const int FrameCount = 100;
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(4);

    /// <summary>The containers uploads accept by default; <see cref="Make"/> writes each with its usual codec.</summary>
    public static TheoryData<string> AllowedContainers => new(new VideoValidationOptions().AllowedContainers);

    /// <summary>Container (with its codec): mp4, mov (h264), mkv (hevc), webm (vp9), avi (mpeg4), flv (flv1),
    /// mpeg2.mkv (mpeg2video), mp4-faststart (h264, index first).</summary>
    public static string Make(string variant)
    {
        var (extension, codec) = variant switch
        {
            "mp4" or "mov" => (variant, H264),
            "mp4-faststart" => ("mp4", [.. H264, "-movflags", "+faststart"]),
            "mkv" => ("mkv", ["-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "keyint=25:min-keyint=25:scenecut=0:log-level=error", "-pix_fmt", "yuv420p"]),
            "webm" => ("webm", ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "400k", "-g", "25", "-keyint_min", "25"]),
            "avi" => ("avi", ["-c:v", "mpeg4", "-q:v", "3", "-g", "25"]),
            "flv" => ("flv", ["-c:v", "flv", "-q:v", "3", "-g", "25"]),
            "mpeg2.mkv" => ("mkv", ["-c:v", "mpeg2video", "-q:v", "3", "-g", "25"]),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown pattern video"),
        };
        return TestVideos.Make($"pattern-{variant.Replace('.', '-')}", extension, ["-f", "lavfi", "-i", Source, .. codec]);
    }

    /// <summary>The source frame number a decoded frame shows, read from its top half.</summary>
    public static int FrameNumber(RgbImage frame)
    {
        var y = frame.Height / 4;
        var number = 0;
        for (var bit = 0; bit < 8; bit++)
        {
            var x = (int)((bit + 0.5) * frame.Width / 8);
            if (frame.Pixels[((y * frame.Width) + x) * 3] > 128)
            {
                number |= 1 << bit;
            }
        }

        return number;
    }

    /// <summary>The presentation time of source frame <paramref name="number"/>.</summary>
    public static TimeSpan TimeOf(int number) => TimeSpan.FromMilliseconds(number * 1000 / FramesPerSecond);

    private static readonly string[] H264 = ["-c:v", "libx264", "-preset", "veryfast", "-g", "25", "-keyint_min", "25", "-sc_threshold", "0", "-pix_fmt", "yuv420p"];

    private static readonly string Source = string.Concat(
        "color=black:s=320x240:r=25:d=4",
        ",drawbox=x=0:y=120:w=107:h=120:color=red:t=fill",
        ",drawbox=x=107:y=120:w=106:h=120:color=lime:t=fill",
        ",drawbox=x=213:y=120:w=107:h=120:color=blue:t=fill",
        string.Concat(Enumerable.Range(0, 8).Select(bit =>
            $",drawbox=x={bit * 40}:y=0:w=40:h=120:color=white:t=fill:enable='gt(bitand(n\\,{1 << bit})\\,0)'")));
}
