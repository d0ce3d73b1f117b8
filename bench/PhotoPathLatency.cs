using System.Diagnostics;
using FaceClassifier.Engine.Vision;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Photos;

namespace FaceClassifier.Bench;

/// <summary>One photo's time through the photo path (IFaceAnalyzer with descriptors), and its PNG decode apart.</summary>
internal sealed record PhotoLatency(string Name, int Faces, double DecodeMs, double AnalyseMs);

/// <summary>
/// The photo path (/api/faces/detect?descriptors=true, gallery enrolment and import) with the service's default settings,
/// built as AddFaceVision builds it, timed one photo at a time with nothing else running.
/// </summary>
internal static class PhotoPathLatency
{
    public static (string Settings, List<PhotoLatency> Photos) Measure(IReadOnlyList<(string Name, RgbImage Image)> frames, int rounds)
    {
        var models = new ModelOptions();
        var embedding = new EmbeddingOptions();
        using var nets = new BenchEngine(models.IntraOpThreads);
        var shared = new FaceAnalyzer(nets.Detector, nets.Landmarks, nets.Aligner, MirrorAveragingEmbedder.Configured(nets.Embedder, embedding));
        using var analyzer = PhotoFaceAnalyzer.Create(shared, nets.Aligner, models, new FaceDetectorOptions(), embedding, new NoBackgroundAnalyses());
        analyzer.PrepareAsync().GetAwaiter().GetResult();
        var settings = (analyzer.HasPhotoNets ? $"photo nets on {PhotoNets.Threads(models)} threads" : $"the shared nets on {models.IntraOpThreads} thread(s)")
            + (embedding.MirrorAverage ? ", mirror-averaged descriptors" : string.Empty);

        var codec = new OpenCvImageCodec();
        var pngs = frames.Select(f => codec.EncodePng(f.Image)).ToList();
        var decode = frames.Select(_ => new List<double>()).ToList();
        var analyse = frames.Select(_ => new List<double>()).ToList();
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < frames.Count; i++)
            {
                var watch = Stopwatch.StartNew();
                codec.Decode(pngs[i]);
                var decoded = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                analyzer.Analyze(frames[i].Image, withDescriptors: true);
                var analysed = watch.Elapsed.TotalMilliseconds;
                if (round > 0)
                {
                    decode[i].Add(decoded);
                    analyse[i].Add(analysed);
                }
            }
        }

        var photos = frames.Select((f, i) => new PhotoLatency(f.Name, analyzer.Analyze(f.Image).Count, Median(decode[i]), Median(analyse[i]))).ToList();
        return (settings, photos);
    }

    /// <summary>The table: each photo's decode and analysis, and with the reference's per-photo totals the ratio.</summary>
    public static void Print(string settings, int rounds, IReadOnlyList<PhotoLatency> photos, IReadOnlyList<double>? referenceMs)
    {
        Console.WriteLine($"photo path (POST /api/faces/detect?descriptors=true, enrolment): {settings}; one photo at a time, median of {rounds}");
        Console.WriteLine(referenceMs is null
            ? "  photo        faces  decode PNG   analyse"
            : "  photo        faces  decode PNG   analyse   faceref   faceref/analyse  faceref/(decode+analyse)");
        for (var i = 0; i < photos.Count; i++)
        {
            var p = photos[i];
            var line = $"  {p.Name,-12} {p.Faces,5} {p.DecodeMs,8:F1} ms {p.AnalyseMs,6:F1} ms";
            Console.WriteLine(referenceMs is null ? line : $"{line} {referenceMs[i],6:F0} ms {referenceMs[i] / p.AnalyseMs,12:F1}x {referenceMs[i] / (p.DecodeMs + p.AnalyseMs),18:F1}x");
        }

        var analyse = photos.Average(p => p.AnalyseMs);
        var total = photos.Average(p => p.DecodeMs + p.AnalyseMs);
        if (referenceMs is null)
        {
            Console.WriteLine($"  mean               {photos.Average(p => p.DecodeMs),8:F1} ms {analyse,6:F1} ms");
            return;
        }

        var reference = referenceMs.Average();
        var lowest = photos.Select((p, i) => referenceMs[i] / p.AnalyseMs).Min();
        Console.WriteLine($"  mean               {photos.Average(p => p.DecodeMs),8:F1} ms {analyse,6:F1} ms {reference,6:F0} ms {reference / analyse,12:F1}x {reference / total,18:F1}x");
        Console.WriteLine($"  photo path vs faceref (both without decoding): {reference / analyse:F1}x faster on average, {lowest:F1}x on the slowest photo");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
