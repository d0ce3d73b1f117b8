using System.Runtime.InteropServices;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using OpenCvSharp;

namespace FaceClassifier.Tests.Engine.Vision.Alignment;

/// <summary>Whole-image transforms for building test inputs (rotated, scaled copies of demo photos).</summary>
public static class TestWarp
{
    public static RgbImage Warp(RgbImage image, SimilarityTransform t, int width, int height)
    {
        using var source = Mat.FromPixelData(image.Height, image.Width, MatType.CV_8UC3, image.Pixels);
        using var matrix = Mat.FromPixelData(2, 3, MatType.CV_64FC1, new[] { t.A, -t.B, t.Tx, t.B, t.A, t.Ty });
        using var result = new Mat();
        Cv2.WarpAffine(source, result, matrix, new Size(width, height), InterpolationFlags.Cubic, BorderTypes.Reflect101);
        var pixels = new byte[width * height * 3];
        Marshal.Copy(result.Data, pixels, 0, pixels.Length);
        return new RgbImage(width, height, pixels);
    }

    public static FaceLandmarks Apply(SimilarityTransform t, FaceLandmarks landmarks) =>
        new([.. landmarks.Points.Select(t.Apply)]);

    /// <summary>Mean distance of landmarks 17..67 (after <paramref name="toChip"/>) from the chip template.</summary>
    public static double TemplateError(FaceLandmarks landmarks, SimilarityTransform toChip) =>
        Enumerable.Range(FaceChipTemplate.FirstPoint, FaceLandmarks.Count - FaceChipTemplate.FirstPoint)
            .Average(i => Distance(toChip.Apply(landmarks.Points[i]), FaceChipTemplate.At(i)));

    /// <summary>Root-mean-square distance of the fit points from the template: what the fit minimises.</summary>
    public static double FitRmsError(FaceLandmarks landmarks, SimilarityTransform toChip) =>
        Math.Sqrt(FaceChipTemplate.FitPoints.Average(i => Math.Pow(Distance(toChip.Apply(landmarks.Points[i]), FaceChipTemplate.At(i)), 2)));

    public static double MeanAbsDifference(RgbImage a, RgbImage b) =>
        a.Pixels.Zip(b.Pixels, (x, y) => Math.Abs(x - y)).Average();

    public static double Distance(Point2 a, Point2 b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
