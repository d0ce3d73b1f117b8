using FaceClassifier.Engine.Vision.Models;

namespace FaceClassifier.Bench.Service;

/// <summary>
/// POST /api/faces/detect?descriptors=true latency per demo photo (sample1..6 of the face-api package, as the engine
/// bench and the tests use), one request at a time; reported beside faceref's time on the same files.
/// </summary>
internal sealed class PhotoTimes
{
    private readonly List<(string File, string Size, int Faces, double Ms)> _photos;
    private readonly int _rounds;

    private PhotoTimes(List<(string File, string Size, int Faces, double Ms)> photos, int rounds)
    {
        _photos = photos;
        _rounds = rounds;
    }

    /// <summary>One warm-up pass, then the median of <paramref name="rounds"/> passes over the photos per photo.</summary>
    public static async Task<PhotoTimes> MeasureAsync(ServiceClient client, int rounds)
    {
        var demo = Path.Combine(Path.GetDirectoryName(ModelOptions.DefaultWeightsDirectory())!, "demo");
        var files = Enumerable.Range(1, 6).Select(i => Path.Combine(demo, $"sample{i}.jpg")).ToList();
        var bytes = files.Select(File.ReadAllBytes).ToList();
        var found = new List<(string Size, int Faces)>();
        for (var i = 0; i < files.Count; i++)
        {
            var (size, faces, _) = await client.DetectAsync(bytes[i], Path.GetFileName(files[i]));
            found.Add((size, faces));
        }

        var times = files.Select(_ => new List<double>()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < files.Count; i++)
            {
                times[i].Add((await client.DetectAsync(bytes[i], Path.GetFileName(files[i]))).Elapsed.TotalMilliseconds);
            }
        }

        return new PhotoTimes([.. files.Select((f, i) => (f, found[i].Size, found[i].Faces, ServiceBench.Median(times[i])))], rounds);
    }

    /// <summary>Prints the per-photo medians, and faceref's times with the ratios when <paramref name="faceref"/> is given.</summary>
    public void Report(string? faceref)
    {
        Console.WriteLine($"e. photos, POST /api/faces/detect?descriptors=true one at a time, median of {_rounds} rounds after a warm-up.");
        Console.WriteLine("   ours: the HTTP round trip (upload, JPEG decode, detection, landmarks, descriptors, JSON);");
        Console.WriteLine("   faceref: timingMs.total of the same JPEGs (tfjs WASM, 1 thread, median of 3), which EXCLUDES image decoding");
        IReadOnlyList<double>? reference = null;
        if (faceref is not null && File.Exists(faceref))
        {
            reference = FacerefTimes.TotalMs(faceref, [.. _photos.Select(p => p.File)]);
        }
        else if (faceref is not null)
        {
            Console.WriteLine($"   (no faceref at {faceref})");
        }

        for (var i = 0; i < _photos.Count; i++)
        {
            var (file, size, faces, ms) = _photos[i];
            var line = $"   {Path.GetFileName(file),-12} {size,9} {faces,2} faces  ours {ms,7:F1} ms";
            Console.WriteLine(reference is null ? line : $"{line}  faceref {reference[i],7:F1} ms  faceref/ours {reference[i] / ms,5:F1}x");
        }

        var ours = _photos.Sum(p => p.Ms);
        Console.WriteLine(reference is null
            ? $"   all {_photos.Count}: ours {ours:F1} ms"
            : $"   all {_photos.Count}: ours {ours:F1} ms, faceref {reference.Sum():F1} ms, faceref/ours {reference.Sum() / ours:F1}x");
    }
}
