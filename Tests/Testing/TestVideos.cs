using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Tests.Testing;

/// <summary>
/// Short, small videos made with ffmpeg from the demo photos (cached per content hash, see <see cref="MediaCache"/>).
/// </summary>
public static class TestVideos
{
    /// <summary>Group photo sample1 (3 faces), zoomed in 1.0x→1.3x about its centre: 960x640, 25 fps, 4 s, h264 mp4.</summary>
    public static string GroupZoom => Make("group-zoom", "mp4", GroupZoomArgs, Photo("sample1.jpg"));

    /// <summary>
    /// Demo photo <paramref name="photo"/> fitted into 1920x1280 (padded, not stretched) and zoomed as <see cref="GroupZoom"/>,
    /// then put through <paramref name="filter"/> (an ffmpeg filter such as a blur or a downscale; empty for none).
    /// </summary>
    public static string Zoom(string photo, string label = "", string filter = "")
    {
        var vf = "scale=-2:1280,pad=1920:1280:(ow-iw)/2:0,zoompan=z='1+0.3*on/100':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=100:s=960x640:fps=25"
            + (filter.Length == 0 ? "" : "," + filter) + ",format=yuv420p";
        string[] args = ["-i", "{0}", "-vf", vf, "-frames:v", "100", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-g", "25"];
        return Make($"zoom-{Path.GetFileNameWithoutExtension(photo)}{(label.Length == 0 ? "" : "-" + label)}", "mp4", args, Photo(photo));
    }

    /// <summary>A face-free wall from sample5 that pans slowly: 640x360, 25 fps, 4 s, h264 mp4.</summary>
    public static string NoFaces => Make("no-faces", "mp4", NoFacesArgs, Photo("sample5.jpg"));

    /// <summary>sample1's first face slides in over the face-free wall and out again; see <see cref="FaceInOut"/> for times.</summary>
    public static string FaceAppearsAndLeaves => Make("face-in-out", "mp4", FaceInOut.Args, Photo("sample5.jpg"), Photo("sample1.jpg"));

    /// <summary>
    /// The still face-free wall of <see cref="FaceAppearsAndLeaves"/> with sample1's first face shown only from
    /// <see cref="FlashFrom"/> to <see cref="FlashUntil"/>: at 2 fps it is in two sampled frames, between two detection frames.
    /// </summary>
    public static string FaceFlashes => Make("face-flash", "mp4", FaceFlashArgs, Photo("sample5.jpg"), Photo("sample1.jpg"));

    public static readonly TimeSpan FlashFrom = TimeSpan.FromSeconds(2.3);
    public static readonly TimeSpan FlashUntil = TimeSpan.FromSeconds(3.3);

    /// <summary><see cref="GroupZoom"/> cut in half: the index ('moov', written last) is missing, so it does not even probe.</summary>
    public static string Truncated => Cut("truncated", "mp4", GroupZoom);

    /// <summary>A faststart mp4 (index first) cut in half: probes fine, fails when decoding reaches the cut.</summary>
    public static string TruncatedFastStart => Cut("truncated-faststart", "mp4", PatternVideo.Make("mp4-faststart"));

    /// <summary>A webm cut in half: probes fine, ffmpeg reports "File ended prematurely" and exits 0.</summary>
    public static string TruncatedWebm => Cut("truncated", "webm", PatternVideo.Make("webm"));

    /// <summary>A text file named .mp4.</summary>
    public static string TextFileNamedMp4 => MediaCache.GetOrMake("text", "mp4", "text", [], path =>
        File.WriteAllText(path, "This is a shopping list, not a video.\nmilk\neggs\n"));

    /// <summary>Two seconds of a 440 Hz tone in an m4a: a valid media file with no video stream.</summary>
    public static string AudioOnly => Make("audio-only", "m4a", ["-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "aac"]);

    /// <summary>The mp4 pattern video with a 90° rotation in its metadata, as phones record portrait video.</summary>
    public static string PatternRotated90 => Make("pattern-rotated90", "mp4", ["-i", "{0}", "-c", "copy", "-metadata:s:v:0", "rotate=90"], PatternVideo.Make("mp4"));

    /// <summary>The frame-number pattern video (<see cref="PatternVideo"/>) in one of the allowed containers.</summary>
    public static string Pattern(string container) => PatternVideo.Make(container);

    /// <summary>A 1280x720 h264 mp4 panning over sample1 at 25 fps with a keyframe every 2 s, for benchmarks.</summary>
    public static string Make720p(TimeSpan duration)
    {
        var seconds = ((int)Math.Ceiling(duration.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] args =
        [
            "-loop", "1", "-framerate", "25", "-t", seconds, "-i", "{0}",
            "-vf", "scale=1920:1280,crop=1280:720:x='(iw-ow)*(0.5+0.5*sin(t/5))':y='(ih-oh)*(0.5+0.5*cos(t/7))',format=yuv420p",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "26", "-g", "50", "-keyint_min", "50", "-sc_threshold", "0",
        ];
        return Make($"pan720p-{seconds}s", "mp4", args, Photo("sample1.jpg"));
    }

    /// <summary>Where a box in sample1 (1920x1280) appears in <see cref="GroupZoom"/> at a time (zoom 1 + 0.3·t/4s about the centre).</summary>
    public static FaceBox GroupZoomBox(FaceBox inPhoto, TimeSpan time)
    {
        var frame = Math.Min(99, (int)Math.Round(time.TotalSeconds * 25));
        var zoom = 1 + 0.3 * frame / 100;
        var x0 = 1920 / 2.0 - 1920 / zoom / 2;
        var y0 = 1280 / 2.0 - 1280 / zoom / 2;
        var scale = 0.5 * zoom;
        return new FaceBox((float)((inPhoto.X - x0) * scale), (float)((inPhoto.Y - y0) * scale), (float)(inPhoto.Width * scale), (float)(inPhoto.Height * scale));
    }

    internal static string Photo(string name) => TestAssets.DemoImage(name);

    /// <summary>Runs ffmpeg with <paramref name="args"/>, where "{0}", "{1}" stand for the inputs, into the cache.</summary>
    internal static string Make(string name, string extension, string[] args, params string[] inputs)
    {
        var recipe = string.Join(' ', args);
        return MediaCache.GetOrMake(name, extension, recipe, inputs, output =>
            FfmpegTool.Run([.. args.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, inputs)), output]));
    }

    private static string Cut(string name, string extension, string source) =>
        MediaCache.GetOrMake(name, extension, $"first half of {Path.GetFileName(source)}", [source], path =>
        {
            var bytes = File.ReadAllBytes(source);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        });

    private static readonly string[] GroupZoomArgs =
    [
        "-i", "{0}",
        "-vf", "scale=1920:1280,zoompan=z='1+0.3*on/100':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=100:s=960x640:fps=25,format=yuv420p",
        "-frames:v", "100", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-g", "25",
    ];

    private static readonly string[] FaceFlashArgs =
    [
        "-loop", "1", "-framerate", "25", "-t", "6", "-i", "{0}",
        "-loop", "1", "-framerate", "25", "-t", "6", "-i", "{1}",
        "-filter_complex",
        "[0:v]crop=600:250:1320:0,scale=640:360,setsar=1[wall];[1:v]crop=260:320:373:320,scale=180:220,setsar=1[face];" +
        "[wall][face]overlay=x=230:y=70:enable='between(t,2.3,3.3)',format=yuv420p[v]",
        "-map", "[v]", "-t", "6", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-g", "25",
    ];

    private static readonly string[] NoFacesArgs =
    [
        "-loop", "1", "-framerate", "25", "-t", "4", "-i", "{0}",
        "-vf", "crop=560:240:1320+10*t:0,scale=640:360,setsar=1,format=yuv420p",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-g", "25",
    ];
}
