using FaceClassifier.Engine.Vision.Abstractions;
namespace FaceClassifier.Engine.Vision.Landmarks;

/// <summary>The landmark net's input and output conventions (face-api FaceLandmark68Net, NOTES.md §3).</summary>
internal static class LandmarkPreprocessing
{
    public const int InputSize = 112;
    public const int PlaneLength = InputSize * InputSize;
    public const int ImageLength = 3 * PlaneLength;

    /// <summary>Per-channel RGB means; face-api divides by 255 rather than by a std.</summary>
    public static ReadOnlySpan<float> Mean => [122.782f, 117.001f, 104.298f];

    /// <summary>Crop → centred square → bilinear 112x112 → (v − mean)/255, written as CHW into <paramref name="chw"/>.</summary>
    public static void Fill(RgbImage image, CropRect crop, Span<float> chw)
    {
        if (chw.Length != ImageLength)
        {
            throw new ArgumentException($"Input needs {ImageLength} floats.", nameof(chw));
        }

        var hwc = new float[ImageLength];
        SquareResampler.ResizeCentred(image, crop, InputSize, hwc);
        var mean = Mean;
        for (var i = 0; i < PlaneLength; i++)
        {
            for (var c = 0; c < 3; c++)
            {
                chw[c * PlaneLength + i] = (hwc[i * 3 + c] - mean[c]) / 255f;
            }
        }
    }

    /// <summary>
    /// Net output (relative to the padded 112 square) → image pixels. The shift is the detection box's
    /// own x/y, unfloored and unclipped, while the scale is the floored crop: face-api does exactly this.
    /// </summary>
    public static FaceLandmarks Decode(ReadOnlySpan<float> output, CropRect crop, FaceBox box)
    {
        if (output.Length != FaceLandmarks.Count * 2)
        {
            throw new ArgumentException($"Expected {FaceLandmarks.Count * 2} values.", nameof(output));
        }

        float w = crop.Width, h = crop.Height;
        var s = InputSize / Math.Max(w, h);
        var sw = w * s;
        var sh = h * s;
        var padX = w < h ? (sh - sw) / 2 : 0;
        var padY = h < w ? (sw - sh) / 2 : 0;
        var points = new Point2[FaceLandmarks.Count];
        for (var i = 0; i < points.Length; i++)
        {
            var rx = (output[2 * i] * InputSize - padX) / sw;
            var ry = (output[2 * i + 1] * InputSize - padY) / sh;
            points[i] = new Point2(rx * w + box.X, ry * h + box.Y);
        }

        return new FaceLandmarks(points);
    }
}
