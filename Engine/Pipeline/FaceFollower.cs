using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Engine.Vision.Quality;
using OpenCvSharp;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>
/// Follows the faces of the previous frame into the next one without the detector: the landmark net runs on each
/// face's previous box moved as the camera moved, the box moves and scales with the landmarks, and the newly aligned chip must still look like
/// the previous one (normalised correlation of small grey chips). A face that fails is lost; the caller detects then.
/// </summary>
internal sealed class FaceFollower(ILandmarkDetector landmarks, IFaceAligner aligner, float minSimilarity, float minIoU)
{
    private const int CompareSize = 32;
    private const float RefineBelowIoU = 0.9f;
    private const float MaxScaleChange = 1.5f;

    /// <summary>Each previous face followed into <paramref name="frame"/>, in the same order; null where that face was lost.</summary>
    /// <param name="cameraMotion">How far the picture moved since the previous frame, in pixels.</param>
    public FoundFace?[] Follow(RgbImage frame, IReadOnlyList<FoundFace> previous, Point2 cameraMotion, AnalysisClock clock)
    {
        var followed = new FoundFace?[previous.Count];
        var before = previous.Select(p => p.Face.Detection.Box).ToList();
        var predicted = before.ConvertAll(b => b with { X = b.X + cameraMotion.X, Y = b.Y + cameraMotion.Y });
        var inView = Enumerable.Range(0, previous.Count).Where(i => !IsOutside(frame, predicted[i])).ToList();
        if (inView.Count == 0)
        {
            return followed;
        }

        var marks = new FaceLandmarks[previous.Count];
        var boxes = new FaceBox[previous.Count];
        var found = clock.Landmarks(() => landmarks.Detect(frame, inView.ConvertAll(i => predicted[i])));
        for (var k = 0; k < inView.Count; k++)
        {
            var i = inView[k];
            marks[i] = found[k];
            boxes[i] = Moved(before[i], previous[i].Face.Landmarks, marks[i]);
        }

        Refine(frame, previous, inView, predicted, boxes, marks, clock);
        foreach (var i in inView)
        {
            if (boxes[i].IoU(before[i]) < minIoU || IsOutside(frame, boxes[i]))
            {
                continue;
            }

            var chip = clock.Align(() => aligner.Align(frame, marks[i]));
            if (Similarity(previous[i].Chip, chip) < minSimilarity)
            {
                continue;
            }

            var detection = previous[i].Face.Detection with { Box = boxes[i] };
            followed[i] = new FoundFace(new AnalyzedFace(detection, marks[i], null, FaceQuality.Measure(detection, marks[i], chip)), chip, previous[i].Confirmed);
        }

        return followed;
    }

    private static bool IsOutside(RgbImage frame, FaceBox box) => FaceCrop.ClipAtImageBorders(box, frame.Width, frame.Height).IsEmpty;

    /// <summary>A face found far from its predicted box gets its landmarks again from the moved box, where the net sees it centred.</summary>
    private void Refine(RgbImage frame, IReadOnlyList<FoundFace> previous, List<int> inView, List<FaceBox> predicted, FaceBox[] boxes, FaceLandmarks[] marks, AnalysisClock clock)
    {
        var again = inView.FindAll(i => boxes[i].IoU(predicted[i]) < RefineBelowIoU && !IsOutside(frame, boxes[i]));
        if (again.Count == 0)
        {
            return;
        }

        var refined = clock.Landmarks(() => landmarks.Detect(frame, again.ConvertAll(i => boxes[i])));
        for (var k = 0; k < again.Count; k++)
        {
            var i = again[k];
            marks[i] = refined[k];
            boxes[i] = Moved(previous[i].Face.Detection.Box, previous[i].Face.Landmarks, marks[i]);
        }
    }

    /// <summary>The old box moved by the landmarks' centroid and scaled by their spread, so it keeps the detector's framing.</summary>
    internal static FaceBox Moved(FaceBox box, FaceLandmarks from, FaceLandmarks to)
    {
        var (fromCentre, fromSpread) = CentreAndSpread(from);
        var (toCentre, toSpread) = CentreAndSpread(to);
        var scale = Math.Clamp(toSpread / fromSpread, 1 / MaxScaleChange, MaxScaleChange);
        var centreX = box.X + (box.Width / 2) + toCentre.X - fromCentre.X;
        var centreY = box.Y + (box.Height / 2) + toCentre.Y - fromCentre.Y;
        var (width, height) = (box.Width * scale, box.Height * scale);
        return new FaceBox(centreX - (width / 2), centreY - (height / 2), width, height);
    }

    private static (Point2 Centre, float Spread) CentreAndSpread(FaceLandmarks marks)
    {
        float x = 0, y = 0;
        foreach (var p in marks.Points)
        {
            x += p.X;
            y += p.Y;
        }

        var centre = new Point2(x / marks.Points.Count, y / marks.Points.Count);
        var squares = marks.Points.Sum(p => ((p.X - centre.X) * (p.X - centre.X)) + ((p.Y - centre.Y) * (p.Y - centre.Y)));
        return (centre, MathF.Max(1e-3f, MathF.Sqrt(squares / marks.Points.Count)));
    }

    /// <summary>Normalised cross-correlation of the two chips as small grey images, in [-1, 1].</summary>
    internal static float Similarity(RgbImage a, RgbImage b)
    {
        using var small1 = SmallGrey(a);
        using var small2 = SmallGrey(b);
        using var result = new Mat();
        Cv2.MatchTemplate(small1, small2, result, TemplateMatchModes.CCoeffNormed);
        return result.At<float>(0, 0);
    }

    private static Mat SmallGrey(RgbImage chip)
    {
        using var rgb = Mat.FromPixelData(chip.Height, chip.Width, MatType.CV_8UC3, chip.Pixels);
        using var small = new Mat();
        Cv2.Resize(rgb, small, new Size(CompareSize, CompareSize), 0, 0, InterpolationFlags.Area);
        var grey = new Mat();
        Cv2.CvtColor(small, grey, ColorConversionCodes.RGB2GRAY);
        return grey;
    }
}
