using System.Diagnostics;
using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Bench;

/// <summary>
/// Wall time to analyse a 60 s 1280x720 video at 2 fps (ffmpeg frames, detection, landmarks, alignment, tracked
/// descriptors) with the time of each stage: as one chunk, and as chunks of 5, 10 and 20 s run one per core on one
/// thread each the way a silo's worker grains run them; with the detector on every frame and with faces followed
/// between detections (the service's default); and ffmpeg's decoding alone, the floor.
/// Usage: bench video [seconds] [video.mp4]
/// </summary>
internal static class VideoAnalysisBench
{
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 60;
        var path = args.Length > 1 ? args[1] : FrameExtractionBench.Make720p(TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"{path}: {seconds} s, 2 fps sampling, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"run",-46} {"wall",7} {"frames",6} {"detected",8} {"faces",5} {"tracks",6} | stage sums over chunks: decode wait, detect, landmarks, align, embed, other");
        var every = new TrackingOptions { DetectionInterval = 1 };
        var followed = new TrackingOptions();
        using (var engine = new BenchEngine(intraOpThreads: 0))
        {
            await engine.ChunkAnalyzer().AnalyzeAsync(path, new FrameSampling { End = TimeSpan.FromSeconds(2) });
            foreach (var (name, tracking) in new[] { ("every frame", every), ("followed", followed) })
            {
                var analyzer = engine.ChunkAnalyzer(tracking);
                var watch = Stopwatch.StartNew();
                var chunk = await analyzer.AnalyzeAsync(path, new FrameSampling());
                Report($"one chunk, runtime's threads, {name}", watch.Elapsed, [chunk]);
            }
        }

        using (var engine = new BenchEngine(intraOpThreads: 1))
        {
            await engine.ChunkAnalyzer().AnalyzeAsync(path, new FrameSampling { End = TimeSpan.FromSeconds(2) });
            var decode = await DecodeOnlyAsync(engine.Frames, path, seconds, 10, Environment.ProcessorCount);
            Console.WriteLine($"{$"decode only (ffmpeg), 10 s chunks, {Environment.ProcessorCount} at once",-46} {decode.TotalSeconds,6:F2}s   the floor");
            foreach (var (chunkSeconds, name, tracking) in new[] { (10, "every frame", every), (10, "followed", followed), (5, "followed", followed), (20, "followed", followed) })
            {
                var (elapsed, chunks) = await ChunksAsync(engine.ChunkAnalyzer(tracking), path, seconds, chunkSeconds, Environment.ProcessorCount);
                Report($"{chunkSeconds} s chunks, {Environment.ProcessorCount} at once, {name}", elapsed, chunks);
            }
        }
    }

    private static async Task<TimeSpan> DecodeOnlyAsync(FfmpegFrameSource frames, string path, int seconds, int chunkSeconds, int parallel)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Ranges(seconds, chunkSeconds), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (range, ct) =>
        {
            await foreach (var frame in frames.ReadFramesAsync(path, range, ct))
            {
                _ = frame;
            }
        });
        return watch.Elapsed;
    }

    private static List<FrameSampling> Ranges(int seconds, int chunkSeconds) =>
        [.. Enumerable.Range(0, (seconds + chunkSeconds - 1) / chunkSeconds)
            .Select(i => new FrameSampling { Start = TimeSpan.FromSeconds(i * chunkSeconds), End = (i + 1) * chunkSeconds >= seconds ? null : TimeSpan.FromSeconds((i + 1) * chunkSeconds) })];

    /// <summary>Chunks of <paramref name="chunkSeconds"/> through <paramref name="parallel"/> workers, as the silo's analysis slots run them.</summary>
    private static async Task<(TimeSpan Elapsed, ChunkAnalysis[] Chunks)> ChunksAsync(VideoChunkAnalyzer analyzer, string path, int seconds, int chunkSeconds, int parallel)
    {
        var ranges = Ranges(seconds, chunkSeconds);
        var results = new ChunkAnalysis[ranges.Count];
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, ranges.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
            results[i] = await analyzer.AnalyzeAsync(path, ranges[i], cancellationToken: ct));
        return (watch.Elapsed, results);
    }

    private static void Report(string name, TimeSpan elapsed, IReadOnlyList<ChunkAnalysis> chunks)
    {
        var frames = chunks.Sum(c => c.FramesAnalysed);
        var t = chunks.Select(c => c.Times).Aggregate(AnalysisStageTimes.None, (a, b) => a + b);
        Console.WriteLine(
            $"{name,-46} {elapsed.TotalSeconds,6:F2}s {frames,6} {t.DetectedFrames,8} {chunks.Sum(c => c.FacesDetected),5} {chunks.Sum(c => c.Tracks.Count),6} | "
            + $"{S(t.Decode)} {S(t.Detect)} {S(t.Landmarks)} {S(t.Align)} {S(t.Embed)} {S(t.Other)}");
    }

    private static string S(TimeSpan time) => $"{time.TotalSeconds,5:F2}s";
}
