using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Alignment;

/// <summary>
/// dlib's mean-face positions for get_face_chip_details, in the unit square of an unpadded chip: the framing of the
/// face chips the recognition net (dlib_face_recognition_resnet_model_v1) was trained on, 150 px with 0.25 padding.
/// Each template pairs 68-landmark indices with those positions.
/// </summary>
public sealed class DlibChipTemplate
{
    public const int ChipSize = 150;
    public const double TrainingPadding = 0.25;

    private DlibChipTemplate(string name, IReadOnlyList<int> landmarks, IReadOnlyList<(double X, double Y)> unit)
    {
        Name = name;
        Landmarks = landmarks;
        Unit = unit;
    }

    /// <summary>
    /// dlib's 5-point shape: the outer and inner corner of each eye and the bottom of the nose. dlib's part order
    /// (image-right eye outer, inner; image-left eye outer, inner; nose) is 68-landmarks 45, 42, 36, 39, 33.
    /// </summary>
    public static DlibChipTemplate FivePoint { get; } = new(
        "dlib5",
        [45, 42, 36, 39, 33],
        [(0.8595674595992, 0.2134981538014), (0.6460604764104, 0.2289674387677), (0.1205750620789, 0.2137274526848),
         (0.3340850613712, 0.2290642403242), (0.4901123135679, 0.6277975316475)]);

    /// <summary>
    /// dlib's mean 68-point face, fitted as dlib fits it: points 17..67 without the brows (17-26) and the lower lip
    /// (55-59, 65-67), i.e. the nose, eyes, outer upper lip and mouth corners, and the inner upper lip.
    /// </summary>
    public static DlibChipTemplate MeanShape68 { get; } = new(
        "dlib68",
        [.. Enumerable.Range(27, 28), .. Enumerable.Range(60, 5)],
        [.. Enumerable.Range(27, 28).Concat(Enumerable.Range(60, 5)).Select(i => MeanFace68.Points[i - MeanFace68.FirstPoint])]);

    public string Name { get; }

    /// <summary>The 68-landmark index of each template point.</summary>
    public IReadOnlyList<int> Landmarks { get; }

    /// <summary>Positions in the unit square of the unpadded chip.</summary>
    public IReadOnlyList<(double X, double Y)> Unit { get; }

    /// <summary>Point <paramref name="i"/> on a <paramref name="size"/> px chip with <paramref name="padding"/> (dlib: (padding + p) / (2·padding + 1) · size).</summary>
    public Point2 ChipPoint(int i, int size = ChipSize, double padding = TrainingPadding)
    {
        var (x, y) = Unit[i];
        return new Point2((float)((padding + x) / (2 * padding + 1) * size), (float)((padding + y) / (2 * padding + 1) * size));
    }
}
