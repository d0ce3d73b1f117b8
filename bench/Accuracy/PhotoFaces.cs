using System.Diagnostics;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Engine.Vision.Quality;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>What the engine found on one photo: every detection, and the chosen face's descriptor under each variant.</summary>
internal sealed record PhotoFaces(
    LabelledPhoto Photo,
    int Width,
    int Height,
    IReadOnlyList<DetectedFace> Faces,
    int Chosen,
    IReadOnlyDictionary<DescriptorVariant, float[]> Descriptors,
    IReadOnlyDictionary<string, FaceQuality> Qualities,
    double Milliseconds)
{
    public static IReadOnlyDictionary<string, IFaceAligner> Aligners { get; } = new Dictionary<string, IFaceAligner>
    {
        ["similarity"] = new SimilarityFaceAligner(),
        ["dlib5"] = new DlibChipAligner(DlibChipTemplate.FivePoint),
        ["dlib68"] = new DlibChipAligner(DlibChipTemplate.MeanShape68),
        ["box"] = new DlibBoxAligner(),
    };

    public static IReadOnlyList<DescriptorVariant> Variants { get; } =
        [.. Aligners.Keys.SelectMany(a => Enum.GetValues<MirrorMode>().Select(m => new DescriptorVariant(a, m)))];

    public FaceBox? ChosenBox => Chosen >= 0 ? Faces[Chosen].Box : null;

    public PhotoDescriptor For(DescriptorVariant variant) =>
        new(Photo, Descriptors.GetValueOrDefault(variant), Qualities.GetValueOrDefault(variant.Aligner));

    /// <summary>Detects (as a photo, or as a video frame: the 8-bit net, no retry) and landmarks every face; the chosen face is aligned by every aligner and embedded with its mirror image.</summary>
    public static PhotoFaces Analyze(BenchEngine engine, string directory, LabelledPhoto photo, string? saveChips = null, bool videoDetector = false)
    {
        var watch = Stopwatch.StartNew();
        var image = new OpenCvImageCodec().Decode(File.ReadAllBytes(Path.Combine(directory, photo.File)));
        var faces = videoDetector ? engine.Detector.DetectInVideoFrame(image) : engine.Detector.Detect(image);
        var chosen = FaceChoice.Largest([.. faces.Select(f => f.Box)]);
        var descriptors = new Dictionary<DescriptorVariant, float[]>();
        var qualities = new Dictionary<string, FaceQuality>();
        if (chosen >= 0)
        {
            var landmarks = engine.Landmarks.Detect(image, faces[chosen].Box);
            var chips = Aligners.Values.SelectMany(a => Chip(a, image, landmarks, faces[chosen].Box)).ToList();
            var embedded = engine.Embedder.Embed(chips);
            var names = Aligners.Keys.ToList();
            if (saveChips is not null)
            {
                Directory.CreateDirectory(saveChips);
                for (var a = 0; a < names.Count; a++)
                {
                    File.WriteAllBytes(Path.Combine(saveChips, $"{Path.GetFileNameWithoutExtension(photo.File)}_{names[a]}.png"), new OpenCvImageCodec().EncodePng(chips[2 * a]));
                }
            }

            for (var a = 0; a < names.Count; a++)
            {
                qualities[names[a]] = FaceQuality.Measure(faces[chosen], landmarks, chips[2 * a]);
                foreach (var mode in Enum.GetValues<MirrorMode>())
                {
                    descriptors[new DescriptorVariant(names[a], mode)] = ChipMirror.Combine(embedded[2 * a], embedded[2 * a + 1], mode);
                }
            }
        }

        return new PhotoFaces(photo, image.Width, image.Height, faces, chosen, descriptors, qualities, watch.Elapsed.TotalMilliseconds);
    }

    private static RgbImage[] Chip(IFaceAligner aligner, RgbImage image, FaceLandmarks landmarks, FaceBox detection)
    {
        // The box aligner clamps as face-api does, by the detection's crop.
        var chip = aligner is DlibBoxAligner box ? box.Align(image, landmarks, detection) : aligner.Align(image, landmarks);
        return [chip, ChipMirror.Flip(chip)];
    }
}
