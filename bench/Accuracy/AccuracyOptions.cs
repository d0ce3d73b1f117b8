namespace FaceClassifier.Bench.Accuracy;

/// <summary>
/// Command line of `bench accuracy`: --data DIR (default ../shared/data/faces/deepface from the repository root),
/// --aligner similarity|dlib5|dlib68|box and --no-mirror pick the variant reported in detail (all are measured; the
/// default is the service's: similarity alignment with mirror averaging),
/// --reference FILE a faceref JSON of the same photos, --splits N and --seed S the open-set splits,
/// --save-chips DIR writes each photo's chip from every aligner as PNG, --video-detector detects as in a video frame (the
/// 8-bit net, no tight-crop retry) instead of as in a photo.
/// </summary>
internal sealed record AccuracyOptions(string Data, DescriptorVariant Headline, string? Reference, int Splits, int Seed, string? SaveChips, bool VideoDetector)
{
    public const string DefaultAligner = "similarity";

    public static AccuracyOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var aligner = Value("--aligner") ?? DefaultAligner;
        if (!PhotoFaces.Aligners.ContainsKey(aligner))
        {
            throw new ArgumentException($"--aligner must be one of {string.Join(", ", PhotoFaces.Aligners.Keys)}, not {aligner}");
        }

        var mirror = args.Contains("--no-mirror") ? MirrorMode.None : MirrorMode.Mean;
        return new AccuracyOptions(
            Path.GetFullPath(Value("--data") ?? Path.Combine("..", "shared", "data", "faces", "deepface")),
            new DescriptorVariant(aligner, mirror),
            Value("--reference"),
            int.Parse(Value("--splits") ?? "20"),
            int.Parse(Value("--seed") ?? "1"),
            Value("--save-chips"),
            args.Contains("--video-detector"));
    }
}
