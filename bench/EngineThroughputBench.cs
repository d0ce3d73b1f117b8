using System.Diagnostics;
using System.Text.Json;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Engine.Vision.Models;
using OpenCvSharp;

namespace FaceClassifier.Bench;

/// <summary>
/// Per-image speed at 1280x720 on the demo photos: detection frames/s, the whole pipeline per image, and
/// descriptors/s at batch 1 and 16; then the same PNG frames through faceref for a side-by-side ratio, and the
/// service's photo path per photo beside faceref's per-photo times.
/// Usage: bench engine [rounds] [faceref run.sh]
/// </summary>
internal static class EngineThroughputBench
{
    public static void Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var faceref = args.Length > 1 ? args[1] : null;
        var frames = DemoFrames720p();
        Console.WriteLine($"{frames.Count} demo photos letterboxed to 1280x720, median of {rounds} rounds, {Environment.ProcessorCount} cores");
        using var engine = new BenchEngine(intraOpThreads: 0);
        var detect = Median(rounds, () => frames.ForEach(f => engine.Detector.Detect(f.Image))) / frames.Count;
        var pipeline = Median(rounds, () => frames.ForEach(f => engine.Analyzer.Analyze(f.Image))) / frames.Count;
        Console.WriteLine($"detection:      {1 / detect,6:F1} frames/s ({detect * 1000:F1} ms/frame)");
        Console.WriteLine($"whole pipeline: {1 / pipeline,6:F1} images/s ({pipeline * 1000:F1} ms/image: detect, landmarks, align, descriptors)");
        using var single = new BenchEngine(intraOpThreads: 1);
        var parallel = Median(rounds, () => Parallel.ForEach(frames, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f => single.Analyzer.Analyze(f.Image))) / frames.Count;
        Console.WriteLine($"whole pipeline, {Environment.ProcessorCount} images at once on 1 thread each: {1 / parallel,6:F1} images/s");

        var chips = frames.SelectMany(f => engine.Analyzer.Analyze(f.Image, withDescriptors: false).Select(a => engine.Aligner.Align(f.Image, a.Landmarks))).ToList();
        foreach (var batch in new[] { 1, 16 })
        {
            var input = Enumerable.Range(0, batch).Select(i => chips[i % chips.Count]).ToList();
            var perBatch = Median(rounds, () => engine.Embedder.Embed(input));
            Console.WriteLine($"descriptors batch {batch,2}: {batch / perBatch,6:F1}/s");
        }

        var (settings, photos) = PhotoPathLatency.Measure(frames, rounds);
        var referenceMs = faceref is null ? null : CompareWithReference(frames, faceref, Math.Min(pipeline, parallel), detect);
        PhotoPathLatency.Print(settings, rounds, photos, referenceMs);
    }

    /// <summary>Prints the detection and throughput ratios; returns faceref's per-photo totals (without decoding).</summary>
    private static List<double> CompareWithReference(List<(string Name, RgbImage Image)> frames, string faceref, double pipeline, double detect)
    {
        var folder = Directory.CreateTempSubdirectory("faceclassifier-bench-").FullName;
        var codec = new OpenCvImageCodec();
        foreach (var (name, image) in frames)
        {
            File.WriteAllBytes(Path.Combine(folder, Path.ChangeExtension(name, ".png")), codec.EncodePng(image));
        }

        var output = Path.Combine(folder, "faceref.json");
        var start = new ProcessStartInfo(faceref) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in (string[])["--repeat", "3", "--no-self-check", "--out", output, .. frames.Select(f => Path.ChangeExtension(f.Name, ".png"))])
        {
            start.ArgumentList.Add(a);
        }

        using (var process = Process.Start(start)!)
        {
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(output));
        var timings = json.RootElement.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("timingMs")).ToList();
        var refTotal = timings.Average(t => t.GetProperty("total").GetDouble()) / 1000;
        var refDetect = timings.Average(t => t.GetProperty("detection").GetDouble()) / 1000;
        Console.WriteLine($"faceref (tfjs WASM, 1 thread) on the same PNGs: detection {refDetect * 1000:F1} ms, whole pipeline {refTotal * 1000:F1} ms/image");
        Console.WriteLine($"ratio ours/faceref: detection {refDetect / detect:F1}x faster, whole-pipeline throughput {refTotal / pipeline:F1}x the reference's");
        return [.. timings.Select(t => t.GetProperty("total").GetDouble())];
    }

    private static List<(string Name, RgbImage Image)> DemoFrames720p()
    {
        var demo = Path.Combine(Path.GetDirectoryName(ModelOptions.DefaultWeightsDirectory())!, "demo");
        return [.. Enumerable.Range(1, 6).Select(i => ($"sample{i}.jpg", Letterbox(Path.Combine(demo, $"sample{i}.jpg"))))];
    }

    private static RgbImage Letterbox(string path)
    {
        using var bgr = Cv2.ImRead(path, ImreadModes.Color);
        var scale = Math.Min(1280.0 / bgr.Width, 720.0 / bgr.Height);
        using var resized = bgr.Resize(new Size((int)(bgr.Width * scale), (int)(bgr.Height * scale)), 0, 0, InterpolationFlags.Area);
        using var canvas = new Mat(720, 1280, MatType.CV_8UC3, Scalar.All(0));
        resized.CopyTo(canvas[new Rect((1280 - resized.Width) / 2, (720 - resized.Height) / 2, resized.Width, resized.Height)]);
        Cv2.ImEncode(".png", canvas, out var png);
        return new OpenCvImageCodec().Decode(png);
    }

    private static double Median(int rounds, Action action)
    {
        action();
        var times = Enumerable.Range(0, rounds).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed.TotalSeconds;
        }).Order().ToList();
        return times[rounds / 2];
    }
}
