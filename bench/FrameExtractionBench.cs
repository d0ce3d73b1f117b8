using System.Diagnostics;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaceClassifier.Bench;

/// <summary>
/// Wall-clock speed of <see cref="FfmpegFrameSource"/>: 2 fps sampling and keyframes-only mode.
/// Usage: bench frames [video.mp4] [runs]; without a video it makes the 60 s 1280x720 h264 test video
/// (the recipe of the tests' TestVideos.Make720p: a pan over demo sample1, 25 fps, keyframe every 2 s).
/// </summary>
internal static class FrameExtractionBench
{
    public static async Task RunAsync(string[] args)
    {
        var path = args.Length > 0 ? args[0] : Make720p(TimeSpan.FromSeconds(60));
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var probe = new FfprobeVideoProbe(NullLogger<FfprobeVideoProbe>.Instance);
        var source = new FfmpegFrameSource(probe, NullLogger<FfmpegFrameSource>.Instance);
        var info = await probe.ProbeAsync(path);
        Console.WriteLine($"{path}: {info.Container} {info.Codec} {info.Width}x{info.Height} {info.FrameRate} fps {info.Duration}, {Environment.ProcessorCount} cores");

        await MeasureAsync(source, path, info, "2 fps", new FrameSampling(), runs);
        await MeasureAsync(source, path, info, "2 fps, max width 640", new FrameSampling { MaxWidth = 640 }, runs);
        await MeasureAsync(source, path, info, "keyframes only", new FrameSampling { KeyframesOnly = true }, runs);
    }

    private static async Task MeasureAsync(FfmpegFrameSource source, string path, VideoInfo info, string name, FrameSampling sampling, int runs)
    {
        var times = new List<double>();
        var frames = 0;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            frames = 0;
            await foreach (var frame in source.ReadFramesAsync(path, sampling))
            {
                frames++;
            }

            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"{name,-22} {frames,4} frames  median {median:0.00} s (min {times[0]:0.00})  {frames / median,6:0.0} frames/s  {info.Duration.TotalSeconds / median,5:0.0}x real time");
    }

    internal static string Make720p(TimeSpan duration) => MakePan(duration, 1280, 720);

    /// <summary>The same pan as <see cref="Make720p"/> over sample1 scaled by 1.5, so the crop is 1920x1080.</summary>
    internal static string Make1080p(TimeSpan duration) => MakePan(duration, 1920, 1080);

    /// <summary>
    /// A pan over demo sample1 (1920x1280) scaled by width/1280, cropped to width x height; cached in the temp folder.
    /// </summary>
    private static string MakePan(TimeSpan duration, int width, int height)
    {
        var seconds = (int)Math.Ceiling(duration.TotalSeconds);
        var output = Path.Combine(Path.GetTempPath(), $"faceclassifier-bench-pan{height}p-{seconds}s.mp4");
        if (File.Exists(output))
        {
            return output;
        }

        var photo = Path.Combine(Path.GetDirectoryName(ModelOptions.DefaultWeightsDirectory())!, "demo", "sample1.jpg");
        var temp = output + ".tmp.mp4";
        var start = new ProcessStartInfo("ffmpeg") { UseShellExecute = false };
        foreach (var a in (string[])[
            "-v", "error", "-y", "-nostdin", "-loop", "1", "-framerate", "25", "-t", $"{seconds}", "-i", photo,
            "-vf", $"scale={width * 3 / 2}:{width},crop={width}:{height}:x='(iw-ow)*(0.5+0.5*sin(t/5))':y='(ih-oh)*(0.5+0.5*cos(t/7))',format=yuv420p",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "26", "-g", "50", "-keyint_min", "50", "-sc_threshold", "0", temp])
        {
            start.ArgumentList.Add(a);
        }

        using var ffmpeg = Process.Start(start)!;
        ffmpeg.WaitForExit();
        if (ffmpeg.ExitCode != 0)
        {
            throw new InvalidOperationException("ffmpeg could not make the benchmark video");
        }

        File.Move(temp, output, overwrite: true);
        return output;
    }
}
