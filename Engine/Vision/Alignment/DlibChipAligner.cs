using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Alignment;

/// <summary>
/// dlib's face chip (get_face_chip_details + extract_image_chip): the least-squares similarity taking dlib's mean-face
/// template, on a 150 px chip with 0.25 padding, onto the landmarks, then the image resampled through its inverse.
/// </summary>
public sealed class DlibChipAligner(DlibChipTemplate template, ChipBorder border) : IFaceAligner
{
    public DlibChipAligner(DlibChipTemplate template)
        : this(template, ChipBorder.Replicate)
    {
    }

    public DlibChipTemplate Template => template;

    public RgbImage Align(RgbImage image, FaceLandmarks landmarks) =>
        ChipWarp.Warp(image, Transform(template, landmarks), DlibChipTemplate.ChipSize, border);

    /// <summary>
    /// The image-to-chip transform. dlib fits chip to image (template points onto landmarks), which is not the inverse
    /// of the image-to-chip least-squares fit when the points do not fit exactly; this fits the same way, then inverts.
    /// </summary>
    public static SimilarityTransform Transform(DlibChipTemplate template, FaceLandmarks landmarks)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(landmarks);
        if (landmarks.Points.Count != FaceLandmarks.Count)
        {
            throw new ArgumentException($"Expected {FaceLandmarks.Count} landmarks.", nameof(landmarks));
        }

        var count = template.Landmarks.Count;
        Span<Point2> chip = stackalloc Point2[count];
        Span<Point2> image = stackalloc Point2[count];
        for (var i = 0; i < count; i++)
        {
            chip[i] = template.ChipPoint(i);
            image[i] = landmarks.Points[template.Landmarks[i]];
        }

        return SimilarityTransform.Fit(chip, image).Inverse();
    }
}
