using FaceClassifier.Engine.Vision.Abstractions;
namespace FaceClassifier.Engine.Vision.Alignment;

/// <summary>
/// Where landmarks 17..67 sit on the 150x150 chip the recognition net was trained on (dlib face chips,
/// 150 px, 0.25 padding), as face-api's dlib-style box frames them: the eye/mouth centroid c at
/// (75, 64.5) and the mean eye-to-mouth distance 0.45 · 150.
/// Derived, not copied: each of the 22 reference faces on the demo photos was mapped into that framing,
/// de-rolled (eye line, then rotation-only Procrustes to the mean), averaged and mirrored to be symmetric.
/// ChipTemplateDerivationTests recomputes it from Tests/Data/faceref/demo-samples.json.
/// </summary>
public static class FaceChipTemplate
{
    public const int Size = 150;
    public const int FirstPoint = 17;

    /// <summary>Landmarks used for the fit: nose, eyes, outer mouth and inner upper lip (not brows, not lower lip).</summary>
    public static IReadOnlyList<int> FitPoints { get; } =
        [.. Enumerable.Range(27, 28), .. Enumerable.Range(60, 5)];

    /// <summary>Chip coordinates of landmarks 17..67 (index − 17).</summary>
    public static IReadOnlyList<Point2> Points { get; } =
    [
        new(25.56f, 28.04f), new(33.06f, 22.42f), new(42.40f, 21.53f), // 17
        new(51.53f, 23.37f), new(59.40f, 26.46f), new(90.60f, 26.46f), // 20
        new(98.47f, 23.37f), new(107.60f, 21.53f), new(116.94f, 22.42f), // 23
        new(124.44f, 28.04f), new(75.00f, 46.98f), new(75.00f, 59.20f), // 26
        new(75.00f, 70.17f), new(75.00f, 80.32f), new(64.66f, 85.04f), // 29
        new(69.13f, 86.91f), new(75.00f, 88.57f), new(80.87f, 86.91f), // 32
        new(85.34f, 85.04f), new(37.77f, 42.96f), new(43.20f, 40.65f), // 35
        new(51.41f, 40.64f), new(58.79f, 44.91f), new(52.17f, 47.31f), // 38
        new(43.64f, 47.12f), new(91.21f, 44.91f), new(98.59f, 40.64f), // 41
        new(106.80f, 40.65f), new(112.23f, 42.96f), new(106.36f, 47.12f), // 44
        new(97.83f, 47.31f), new(52.06f, 102.38f), new(60.11f, 100.36f), // 47
        new(69.96f, 98.18f), new(75.00f, 99.15f), new(80.04f, 98.18f), // 50
        new(89.89f, 100.36f), new(97.94f, 102.38f), new(89.92f, 111.33f), // 53
        new(82.24f, 115.77f), new(75.00f, 116.96f), new(67.76f, 115.77f), // 56
        new(60.08f, 111.33f), new(53.86f, 102.75f), new(68.04f, 103.15f), // 59
        new(75.00f, 103.52f), new(81.96f, 103.15f), new(96.14f, 102.75f), // 62
        new(81.74f, 108.09f), new(75.00f, 109.07f), new(68.26f, 108.09f), // 65
    ];

    /// <summary>The template position of landmark <paramref name="index"/> (17..67).</summary>
    public static Point2 At(int index) => Points[index - FirstPoint];
}
