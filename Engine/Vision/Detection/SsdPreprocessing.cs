using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Onnx;

namespace FaceClassifier.Engine.Vision.Detection;

/// <summary>
/// Image → SSD input tensor in one pass, as face-api's toBatchTensor(512, false) and the /127.5 − 1
/// step compute it: place the image on its canvas (padToSquare), resize bilinearly the TF way
/// (alignCorners = false, halfPixelCenters = false), normalise, and write RGB planes (NCHW).
/// </summary>
internal static class SsdPreprocessing
{
    public const int InputSize = SsdMobilenetV1Graph.InputSize;

    public const int TensorLength = 3 * InputSize * InputSize;

    /// <summary>Writes a [3, size, size] tensor into <paramref name="nchw"/>.</summary>
    public static void ToInputTensor(RgbImage image, SsdCanvas canvas, Span<float> nchw, int size = InputSize)
    {
        var plane = size * size;
        ArgumentOutOfRangeException.ThrowIfLessThan(nchw.Length, 3 * plane, nameof(nchw));

        // TF computes the source coordinate in float32: src = dst * (in / out).
        var scale = (float)canvas.Size / size;
        var columns = ArrayPool<int>.Shared.Rent(2 * size);
        var weights = ArrayPool<float>.Shared.Rent(size);
        var top = ArrayPool<float>.Shared.Rent(3 * size);
        var bottom = ArrayPool<float>.Shared.Rent(3 * size);
        var mixed = ArrayPool<float>.Shared.Rent(3 * size);
        try
        {
            for (var x = 0; x < size; x++)
            {
                var source = x * scale;
                var x0 = (int)source;
                weights[x] = source - x0;
                columns[2 * x] = PixelOffset(x0, canvas.OffsetX, image.Width);
                columns[2 * x + 1] = PixelOffset(Math.Min(x0 + 1, canvas.Size - 1), canvas.OffsetX, image.Width);
            }

            var topRow = -1;
            var bottomRow = -1;
            for (var y = 0; y < size; y++)
            {
                var source = y * scale;
                var y0 = (int)source;
                var y1 = Math.Min(y0 + 1, canvas.Size - 1);
                var fy = source - y0;
                if (IsFill(image, canvas, y0) && (fy == 0 || IsFill(image, canvas, y1)))
                {
                    // fill + (fill − fill)·fy is exactly fill: the padding below or above the image.
                    var value = Normalise(canvas.Fill);
                    nchw.Slice(y * size, size).Fill(value);
                    nchw.Slice(plane + y * size, size).Fill(value);
                    nchw.Slice(2 * plane + y * size, size).Fill(value);
                    continue;
                }

                if (y0 == bottomRow && y0 != topRow)
                {
                    (top, bottom) = (bottom, top);
                    (topRow, bottomRow) = (bottomRow, topRow);
                }

                if (y0 != topRow)
                {
                    InterpolateRow(image, canvas, y0, columns, weights, top.AsSpan(0, 3 * size));
                    topRow = y0;
                }

                // With no vertical weight TF's top + (bottom − top)·0 is exactly top.
                var needBottom = fy != 0;
                if (needBottom && y1 != bottomRow)
                {
                    InterpolateRow(image, canvas, y1, columns, weights, bottom.AsSpan(0, 3 * size));
                    bottomRow = y1;
                }

                WriteRow(top.AsSpan(0, 3 * size), needBottom ? bottom.AsSpan(0, 3 * size) : top.AsSpan(0, 3 * size), fy, mixed.AsSpan(0, 3 * size), nchw, y * size, plane);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(columns);
            ArrayPool<float>.Shared.Return(weights);
            ArrayPool<float>.Shared.Return(top);
            ArrayPool<float>.Shared.Return(bottom);
            ArrayPool<float>.Shared.Return(mixed);
        }
    }

    /// <summary>Whether canvas row <paramref name="canvasRow"/> lies outside the image, all fill.</summary>
    private static bool IsFill(RgbImage image, SsdCanvas canvas, int canvasRow) => (uint)(canvasRow - canvas.OffsetY) >= (uint)image.Height;

    /// <summary>Byte offset of canvas column x in an image row, or −1 when it is canvas fill.</summary>
    private static int PixelOffset(int x, int offset, int width) => (uint)(x - offset) < (uint)width ? (x - offset) * 3 : -1;

    /// <summary>Horizontal pass over one canvas row: rgb triplets for every output column.</summary>
    private static void InterpolateRow(RgbImage image, SsdCanvas canvas, int canvasRow, int[] columns, float[] weights, Span<float> rgb)
    {
        float fill = canvas.Fill;
        var imageRow = canvasRow - canvas.OffsetY;
        if ((uint)imageRow >= (uint)image.Height)
        {
            rgb.Fill(fill);
            return;
        }

        ReadOnlySpan<byte> row = image.Pixels.AsSpan(imageRow * image.Stride, image.Stride);
        var count = rgb.Length / 3;
        var (first, end) = InsideColumns(columns, count);
        InterpolateEdge(row, columns, weights, rgb, 0, first, fill);
        InterpolateInside(row, columns, weights, rgb, first, end);
        InterpolateEdge(row, columns, weights, rgb, end, count, fill);
    }

    /// <summary>The output columns whose two taps both fall on the image: one run, since the taps only move right.</summary>
    private static (int First, int End) InsideColumns(int[] columns, int count)
    {
        var first = 0;
        while (first < count && (columns[2 * first] < 0 || columns[2 * first + 1] < 0))
        {
            first++;
        }

        var end = first;
        while (end < count && columns[2 * end] >= 0 && columns[2 * end + 1] >= 0)
        {
            end++;
        }

        return (first, end);
    }

    private static void InterpolateEdge(ReadOnlySpan<byte> row, int[] columns, float[] weights, Span<float> rgb, int from, int to, float fill)
    {
        for (var x = from; x < to; x++)
        {
            var left = columns[2 * x];
            var right = columns[2 * x + 1];
            var w = weights[x];
            for (var c = 0; c < 3; c++)
            {
                float a = left >= 0 ? row[left + c] : fill;
                float b = right >= 0 ? row[right + c] : fill;
                rgb[3 * x + c] = a + (b - a) * w;
            }
        }
    }

    /// <summary>The same interpolation where no tap is fill, without the per-sample checks.</summary>
    private static void InterpolateInside(ReadOnlySpan<byte> row, int[] columns, float[] weights, Span<float> rgb, int from, int to)
    {
        ref var pixels = ref MemoryMarshal.GetReference(row);
        ref var output = ref MemoryMarshal.GetReference(rgb);
        for (var x = from; x < to; x++)
        {
            ref var a = ref Unsafe.Add(ref pixels, columns[2 * x]);
            ref var b = ref Unsafe.Add(ref pixels, columns[2 * x + 1]);
            var w = weights[x];
            ref var o = ref Unsafe.Add(ref output, 3 * x);
            float a0 = a, a1 = Unsafe.Add(ref a, 1), a2 = Unsafe.Add(ref a, 2);
            o = a0 + (b - a0) * w;
            Unsafe.Add(ref o, 1) = a1 + (Unsafe.Add(ref b, 1) - a1) * w;
            Unsafe.Add(ref o, 2) = a2 + (Unsafe.Add(ref b, 2) - a2) * w;
        }
    }

    /// <summary>Vertical pass, normalisation x/127.5 − 1 and the RGB-interleaved → planar split.</summary>
    private static void WriteRow(ReadOnlySpan<float> top, ReadOnlySpan<float> bottom, float fy, Span<float> mixed, Span<float> nchw, int rowStart, int plane)
    {
        // Element-wise first (vectorised: separate multiply and add, so the same float32 roundings as one at a time).
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var weight = new Vector<float>(fy);
            var scale = new Vector<float>(127.5f);
            for (; i <= top.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var t = new Vector<float>(top[i..]);
                var v = t + ((new Vector<float>(bottom[i..]) - t) * weight);
                ((v / scale) - Vector<float>.One).CopyTo(mixed[i..]);
            }
        }

        for (; i < top.Length; i++)
        {
            mixed[i] = Normalise(top[i] + (bottom[i] - top[i]) * fy);
        }

        var count = top.Length / 3;
        var r = nchw.Slice(rowStart, count);
        var g = nchw.Slice(plane + rowStart, count);
        var b = nchw.Slice(2 * plane + rowStart, count);
        for (var x = 0; x < count; x++)
        {
            r[x] = mixed[3 * x];
            g[x] = mixed[3 * x + 1];
            b[x] = mixed[3 * x + 2];
        }
    }

    private static float Normalise(float v) => v / 127.5f - 1f;
}
