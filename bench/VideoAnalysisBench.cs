using System.Diagnostics;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Bench;

/// <summary>
/// Wall time to analyse a 60 s 1280x720 video at 2 fps end to end (ffmpeg frames, detection, landmarks, alignment,
/// tracked descriptors): as one chunk, and as two half-video chunks in parallel the way two worker grains run them.
/// Usage: bench video [seconds]
/// </summary>
internal static class VideoAnalysisBench
{
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 60;
        var path = FrameExtractionBench.Make720p(TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"{path}: {seconds} s 1280x720 h264, 2 fps sampling, {Environment.ProcessorCount} cores");

        using (var engine = new BenchEngine(intraOpThreads: 0))
        {
            var analyzer = engine.ChunkAnalyzer();
            await analyzer.AnalyzeAsync(path, new FrameSampling { End = TimeSpan.FromSeconds(2) });
            var watch = Stopwatch.StartNew();
            var chunk = await analyzer.AnalyzeAsync(path, new FrameSampling());
            Report("one chunk, runtime's threads", watch.Elapsed, [chunk]);
        }

        using (var engine = new BenchEngine(intraOpThreads: 1))
        {
            var analyzer = engine.ChunkAnalyzer();
            await analyzer.AnalyzeAsync(path, new FrameSampling { End = TimeSpan.FromSeconds(2) });
            var half = TimeSpan.FromSeconds(seconds / 2.0);
            var watch = Stopwatch.StartNew();
            var chunks = await Task.WhenAll(
                Task.Run(() => analyzer.AnalyzeAsync(path, new FrameSampling { End = half })),
                Task.Run(() => analyzer.AnalyzeAsync(path, new FrameSampling { Start = half })));
            Report("two chunks in parallel, 1 thread each", watch.Elapsed, chunks);
        }
    }

    private static void Report(string name, TimeSpan elapsed, IReadOnlyList<ChunkAnalysis> chunks)
    {
        var frames = chunks.Sum(c => c.FramesAnalysed);
        Console.WriteLine($"{name,-38} {elapsed.TotalSeconds,6:F2} s wall, {frames} frames ({frames / elapsed.TotalSeconds:F1} frames/s), {chunks.Sum(c => c.FacesDetected)} faces, {chunks.Sum(c => c.Tracks.Count)} tracks");
    }
}
