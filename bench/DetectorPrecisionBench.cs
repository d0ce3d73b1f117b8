using System.Diagnostics;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Imaging;

namespace FaceClassifier.Bench;

/// <summary>
/// The 8-bit detector video frames go through beside face-api's float one on the same images, one pass, one thread each: time per pass, and whether it finds the
/// same faces (IoU ≥ 0.5), how far its boxes and scores move, and how far the descriptors of the faces move when
/// landmarks, alignment and the embedder run on its boxes instead.
/// Usage: bench detector [photo folder] [video.mp4]
/// </summary>
internal static class DetectorPrecisionBench
{
    public static async Task RunAsync(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "faces", "deepface");
        var video = args.Length > 1 ? args[1] : FrameExtractionBench.Make720p(TimeSpan.FromSeconds(60));
        var images = new List<(string Name, RgbImage Image)>();
        var codec = new OpenCvImageCodec(new ImageLimits { MaxPixels = 64_000_000 });
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder).Where(f => !f.EndsWith(".csv", StringComparison.Ordinal) && !f.EndsWith(".js", StringComparison.Ordinal) && !f.EndsWith(".html", StringComparison.Ordinal)).Order().ToArray() : [])
        {
            images.Add((Path.GetFileName(file), codec.Decode(await File.ReadAllBytesAsync(file))));
        }

        var photos = images.Count;
        using var engine = new BenchEngine(intraOpThreads: 1);
        await foreach (var frame in engine.Frames.ReadFramesAsync(video, new FrameSampling()))
        {
            images.Add(($"frame {frame.Timestamp.TotalSeconds:F1}s", frame.Image));
        }

        var detector = engine.Detector;
        Func<RgbImage, IReadOnlyList<DetectedFace>> exact = image => detector.Detect(image, SsdCanvas.PadToSquare(image.Width, image.Height));
        Func<RgbImage, IReadOnlyList<DetectedFace>> quantized = detector.DetectInVideoFrame;
        Console.WriteLine($"{photos} photos from {folder}, {images.Count - photos} frames of {video}; one thread per net; one pass each (no tight-crop retry)");
        Console.WriteLine($"time per pass (median over the frames): float {MedianMs(exact, images.Skip(photos)):F1} ms, 8-bit {MedianMs(quantized, images.Skip(photos)):F1} ms");

        foreach (var (set, part) in new[] { ("photos", images.Take(photos).ToList()), ("frames", images.Skip(photos).ToList()) })
        {
            var (faces, found, missed, extra) = (0, 0, 0, 0);
            var ious = new List<double>();
            var scores = new List<double>();
            var distances = new List<double>();
            foreach (var (name, image) in part)
            {
                var a = exact(image);
                var b = quantized(image);
                faces += a.Count;
                Console.WriteLine($"  {set}: {name}: {a.Count} float faces, {b.Count} 8-bit; scores {string.Join(" ", a.Select(f => f.Score.ToString("F3")))} / {string.Join(" ", b.Select(f => f.Score.ToString("F3")))}");
                var unmatched = b.ToList();
                foreach (var face in a)
                {
                    var best = unmatched.Count == 0 ? default : unmatched.MaxBy(q => q.Box.IoU(face.Box));
                    if (unmatched.Count == 0 || best.Box.IoU(face.Box) < 0.5f)
                    {
                        missed++;
                        Console.WriteLine($"  {set}: {name}: float face {face.Box} score {face.Score:F3} not found by 8-bit");
                        continue;
                    }

                    unmatched.Remove(best);
                    found++;
                    ious.Add(best.Box.IoU(face.Box));
                    scores.Add(Math.Abs(best.Score - face.Score));
                    distances.Add(DescriptorDistance(engine, image, face.Box, best.Box));
                }

                foreach (var face in unmatched)
                {
                    extra++;
                    Console.WriteLine($"  {set}: {name}: 8-bit face {face.Box} score {face.Score:F3} not found by float");
                }
            }

            Console.WriteLine(
                $"{set}: {part.Count} images, {faces} float faces, {found} found by 8-bit, {missed} missed, {extra} extra; "
                + $"IoU median {Quantile(ious, 0.5):F3} min {Quantile(ious, 0):F3}; |score diff| median {Quantile(scores, 0.5):F4} max {Quantile(scores, 1):F4}; "
                + $"descriptor distance median {Quantile(distances, 0.5):F4} p95 {Quantile(distances, 0.95):F4} max {Quantile(distances, 1):F4}");
        }
    }

    private static double DescriptorDistance(BenchEngine engine, RgbImage image, FaceBox a, FaceBox b)
    {
        var marks = engine.Landmarks.Detect(image, [a, b]);
        var chips = marks.Select(m => engine.Aligner.Align(image, m)).ToList();
        var descriptors = engine.ProductionEmbedder.Embed(chips);
        return Math.Sqrt(descriptors[0].Zip(descriptors[1], (x, y) => (double)(x - y) * (x - y)).Sum());
    }

    private static double MedianMs(Func<RgbImage, IReadOnlyList<DetectedFace>> detect, IEnumerable<(string Name, RgbImage Image)> images)
    {
        var times = new List<double>();
        foreach (var (_, image) in images)
        {
            var watch = Stopwatch.StartNew();
            detect(image);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Quantile(times, 0.5);
    }

    private static double Quantile(List<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }
}
