using FaceClassifier.Engine.Vision.Abstractions;
namespace FaceClassifier.Engine.Vision.Embedding;

/// <summary>
/// face-api's <c>NetInput.toBatchTensor(150, centred)</c> followed by its face normalisation:
/// pad to a centred square with zeros, bilinear-resize to 150 (TF, no half-pixel centres) unless
/// already 150, then <c>(v - mean_c) / 255</c>, written as NCHW planes.
/// </summary>
internal static class RecognitionNetPreprocessing
{
    public const int Size = 150;
    public const int ChipFloats = 3 * Size * Size;

    private static readonly float[] Mean = [122.782f, 117.001f, 104.298f];

    /// <summary>Writes one chip's normalised [3,150,150] planes into <paramref name="nchw"/>.</summary>
    public static void Write(RgbImage chip, Span<float> nchw)
    {
        if (nchw.Length != ChipFloats)
        {
            throw new ArgumentException($"Expected room for {ChipFloats} floats, got {nchw.Length}.", nameof(nchw));
        }

        if (chip.Width == Size && chip.Height == Size)
        {
            var pixels = chip.Pixels;
            for (var i = 0; i < Size * Size; i++)
            {
                for (var c = 0; c < 3; c++)
                {
                    nchw[c * Size * Size + i] = Normalize(pixels[i * 3 + c], c);
                }
            }

            return;
        }

        var resized = ResizeBilinear(PadToSquare(chip), Size);
        for (var i = 0; i < Size * Size; i++)
        {
            for (var c = 0; c < 3; c++)
            {
                nchw[c * Size * Size + i] = Normalize(resized[i * 3 + c], c);
            }
        }
    }

    /// <summary>Zero-pads the short side; for an odd difference the extra row/column goes after (JS Math.round).</summary>
    public static RgbImage PadToSquare(RgbImage image)
    {
        if (image.Width == image.Height)
        {
            return image;
        }

        var side = Math.Max(image.Width, image.Height);
        var diff = side - Math.Min(image.Width, image.Height);
        var before = diff - (diff + 1) / 2;
        var (left, top) = image.Width < image.Height ? (before, 0) : (0, before);
        var square = new byte[side * side * 3];
        for (var y = 0; y < image.Height; y++)
        {
            image.Pixels.AsSpan(y * image.Stride, image.Stride).CopyTo(square.AsSpan(((top + y) * side + left) * 3));
        }

        return new RgbImage(side, side, square);
    }

    /// <summary>tf.image.resizeBilinear(alignCorners = false, halfPixelCenters = false) of a square image, HWC floats.</summary>
    public static float[] ResizeBilinear(RgbImage square, int size)
    {
        var input = square.Width;
        var scale = (float)input / size;
        var output = new float[size * size * 3];
        var src = square.Pixels;
        for (var y = 0; y < size; y++)
        {
            var (y0, y1, fy) = Taps(y, scale, input);
            for (var x = 0; x < size; x++)
            {
                var (x0, x1, fx) = Taps(x, scale, input);
                for (var c = 0; c < 3; c++)
                {
                    float topLeft = src[(y0 * input + x0) * 3 + c], topRight = src[(y0 * input + x1) * 3 + c];
                    float bottomLeft = src[(y1 * input + x0) * 3 + c], bottomRight = src[(y1 * input + x1) * 3 + c];
                    var top = topLeft + (topRight - topLeft) * fx;
                    var bottom = bottomLeft + (bottomRight - bottomLeft) * fx;
                    output[(y * size + x) * 3 + c] = top + (bottom - top) * fy;
                }
            }
        }

        return output;
    }

    public static float Normalize(float value, int channel) => (value - Mean[channel]) / 255f;

    private static (int I0, int I1, float Fraction) Taps(int dst, float scale, int input)
    {
        var source = dst * scale;
        var i0 = (int)MathF.Floor(source);
        return (i0, Math.Min(i0 + 1, input - 1), source - i0);
    }
}
