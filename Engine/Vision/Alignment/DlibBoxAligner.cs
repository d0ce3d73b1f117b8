using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Landmarks;

namespace FaceClassifier.Engine.Vision.Alignment;

/// <summary>
/// The reference's own "alignment" (face-api useDlibAlignment): an axis-aligned square sized from the
/// eye-to-mouth distance, sliced and resized to 150x150 without rotation (NOTES.md §1).
/// </summary>
public sealed class DlibBoxAligner : IFaceAligner
{
    public const int ChipSize = 150;

    public RgbImage Align(RgbImage image, FaceLandmarks landmarks) =>
        Crop(image, AlignBox(landmarks, image.Width, image.Height));

    /// <summary>
    /// Exactly as face-api, which clamps the box size by the landmark crop (the clipped detection box),
    /// not by the image; the two differ only for faces within a box's width of the left or top edge.
    /// </summary>
    public RgbImage Align(RgbImage image, FaceLandmarks landmarks, FaceBox detection)
    {
        var landmarkCrop = FaceCrop.ClipAtImageBorders(detection, image.Width, image.Height);
        return Crop(image, AlignBox(landmarks, landmarkCrop.Width, landmarkCrop.Height));
    }

    /// <summary>
    /// face-api's descriptorAlignBox: size = floor(mean eye-to-mouth distance / 0.45), the box's top-left
    /// at the eye/mouth centroid − (0.5, 0.43)·size; width/height min(size, limit + x/y) as in face-api.
    /// </summary>
    internal static CropRect AlignBox(FaceLandmarks landmarks, int limitWidth, int limitHeight)
    {
        var left = Mean(landmarks, 36, 42);
        var right = Mean(landmarks, 42, 48);
        var mouth = Mean(landmarks, 48, 68);
        var eyeToMouth = (Distance(mouth, left) + Distance(mouth, right)) / 2;
        var size = (int)Math.Floor(eyeToMouth / 0.45);
        var cx = (left.X + right.X + mouth.X) / 3;
        var cy = (left.Y + right.Y + mouth.Y) / 3;
        var x = (int)Math.Floor(Math.Max(0, cx - 0.5 * size));
        var y = (int)Math.Floor(Math.Max(0, cy - 0.43 * size));
        return new CropRect(x, y, Math.Min(size, limitWidth + x), Math.Min(size, limitHeight + y));
    }

    /// <summary>face-api's descriptorInputBox: the align box clipped to the image.</summary>
    internal static CropRect InputBox(CropRect alignBox, int imageWidth, int imageHeight) =>
        FaceCrop.ClipAtImageBorders(new FaceBox(alignBox.X, alignBox.Y, alignBox.Width, alignBox.Height), imageWidth, imageHeight);

    private static RgbImage Crop(RgbImage image, CropRect alignBox)
    {
        var input = InputBox(alignBox, image.Width, image.Height);
        if (input.IsEmpty)
        {
            throw new ArgumentException("The landmarks put the face chip outside the image.", "landmarks");
        }

        var hwc = new float[ChipSize * ChipSize * 3];
        SquareResampler.ResizeCentred(image, input, ChipSize, hwc);
        var pixels = new byte[hwc.Length];
        for (var i = 0; i < hwc.Length; i++)
        {
            pixels[i] = (byte)Math.Clamp(MathF.Round(hwc[i], MidpointRounding.AwayFromZero), 0, 255);
        }

        return new RgbImage(ChipSize, ChipSize, pixels);
    }

    private static (double X, double Y) Mean(FaceLandmarks landmarks, int from, int to)
    {
        double x = 0, y = 0;
        for (var i = from; i < to; i++)
        {
            x += landmarks.Points[i].X;
            y += landmarks.Points[i].Y;
        }

        return (x / (to - from), y / (to - from));
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
