using System.Text.Json;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>
/// Accuracy of the real engine on a labelled folder: faces per photo, verification on pairs.csv and an open-set
/// identification protocol, for every aligner with and without mirror averaging, next to the reference when given.
/// </summary>
internal static class AccuracyBench
{
    private static readonly float[] SweptThresholds = [0.50f, 0.52f, 0.54f, 0.56f, 0.58f, 0.60f];

    public static void Run(string[] args)
    {
        var options = AccuracyOptions.Parse(args);
        var set = LabelledSet.Load(options.Data);
        Console.WriteLine(options.VideoDetector ? "faces detected as in a video frame (the 8-bit net)" : "faces detected as in a photo (the float net)");
        Console.WriteLine($"{set.Photos.Count} photos, {set.Pairs.Count} pairs ({set.Pairs.Count(p => p.Same)} same person) from {options.Data}");
        using var engine = new BenchEngine(intraOpThreads: 2);
        var photos = new List<PhotoFaces>();
        var reference = options.Reference is { } path ? ReferenceFaces.Load(path) : null;
        foreach (var photo in set.Photos)
        {
            var faces = PhotoFaces.Analyze(engine, set.Directory, photo, options.SaveChips, options.VideoDetector);
            photos.Add(faces);
            Console.WriteLine(AccuracyReport.PhotoLine(faces, reference?.Of(photo.File)?.Faces));
        }

        Console.WriteLine(AccuracyReport.FaceTotals(photos, reference));
        var results = PhotoFaces.Variants.ToDictionary(v => v, v => Measure(set, [.. photos.Select(p => p.For(v))], options));
        var referenceResult = reference is null
            ? null
            : Measure(set, [.. set.Photos.Select(p => new PhotoDescriptor(p, reference.Of(p.File)?.Descriptor))], options);

        Console.WriteLine();
        AccuracyReport.VariantTable(results, referenceResult, options.Headline);
        var headline = results[options.Headline];
        Console.WriteLine();
        Console.WriteLine($"== {options.Headline} in detail ==");
        AccuracyReport.Detail(headline);
        var headlinePhotos = photos.Select(p => p.For(options.Headline)).ToList();
        Console.WriteLine("open set at fixed thresholds (explicit override): " + string.Join("; ", SweptThresholds.Select(t =>
        {
            var open = OpenSetProtocol.Run(headlinePhotos, options.Splits, options.Seed, t);
            return $"{t:0.00}: {open.WrongNames} wrong, correct {open.CorrectNameRate:0.000}";
        })));
        if (referenceResult is not null)
        {
            Console.WriteLine();
            Console.WriteLine("== reference (faceref) in detail ==");
            AccuracyReport.Detail(referenceResult);
        }

        Console.WriteLine(JsonSerializer.Serialize(AccuracyReport.Json(options.Headline, headline, referenceResult)));
    }

    private static VariantResult Measure(LabelledSet set, IReadOnlyList<PhotoDescriptor> photos, AccuracyOptions options)
    {
        var byFile = photos.ToDictionary(p => p.Photo.File, p => p.Descriptor, StringComparer.Ordinal);
        var pairs = PairScores.Of(set.Pairs, f => byFile.GetValueOrDefault(f));
        var open = OpenSetProtocol.Run(photos, options.Splits, options.Seed);
        var threshold = new NormalFit(pairs.Impostor.Mean, pairs.Impostor.StandardDeviation).Quantile(VariantResult.CalibratedFir / open.GallerySize);
        var strangersClosest = (float)open.StrangerBest.Min();
        return new VariantResult(
            pairs,
            open,
            OpenSetProtocol.Run(photos, options.Splits, options.Seed, (float)threshold),
            threshold,
            OpenSetProtocol.Run(photos, options.Splits, options.Seed, strangersClosest),
            strangersClosest);
    }
}
