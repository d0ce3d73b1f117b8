using FaceClassifier.Engine.Vision.Abstractions;
namespace FaceClassifier.Engine.Vision.Detection;

/// <summary>
/// The square the image is placed on before it is resized to the net input: its side, the image's
/// top-left corner on it and the value of the pixels around the image.
/// </summary>
internal readonly record struct SsdCanvas(int Size, int OffsetX, int OffsetY, byte Fill)
{
    /// <summary>face-api's padToSquare(centred = false): zeros after the image (bottom or right).</summary>
    public static SsdCanvas PadToSquare(int width, int height) => new(Math.Max(width, height), 0, 0, 0);

    /// <summary>The image centred on a square with a border of <paramref name="border"/> x the longer side on each side.</summary>
    public static SsdCanvas Framed(int width, int height, float border, byte fill)
    {
        var longer = Math.Max(width, height);
        var size = longer + 2 * Math.Max(1, (int)MathF.Round(border * longer));
        return new SsdCanvas(size, (size - width) / 2, (size - height) / 2, fill);
    }

    /// <summary>
    /// face-api's mapping for a <see cref="PadToSquare"/> canvas: clip to [0,1], undo the padding
    /// with the rounded resized size, scale by the image size. The box may reach past the image edge.
    /// </summary>
    public static FaceBox ToPixelsFaceApi(SsdBox box, int width, int height)
    {
        var scale = (double)SsdPreprocessing.InputSize / Math.Max(width, height);
        var padX = SsdPreprocessing.InputSize / Math.Round(width * scale, MidpointRounding.AwayFromZero);
        var padY = SsdPreprocessing.InputSize / Math.Round(height * scale, MidpointRounding.AwayFromZero);
        var top = Math.Max(0, (double)box.YMin) * padY;
        var bottom = Math.Min(1, (double)box.YMax) * padY;
        var left = Math.Max(0, (double)box.XMin) * padX;
        var right = Math.Min(1, (double)box.XMax) * padX;
        return new FaceBox((float)(left * width), (float)(top * height), (float)((right - left) * width), (float)((bottom - top) * height));
    }

    /// <summary>Canvas-normalised box → image pixels, clipped to the image; null when nothing is left inside.</summary>
    public FaceBox? ToPixelsClipped(SsdBox box, int width, int height)
    {
        var left = Math.Clamp(box.XMin * Size - OffsetX, 0, width);
        var right = Math.Clamp(box.XMax * Size - OffsetX, 0, width);
        var top = Math.Clamp(box.YMin * Size - OffsetY, 0, height);
        var bottom = Math.Clamp(box.YMax * Size - OffsetY, 0, height);
        return right > left && bottom > top ? new FaceBox(left, top, right - left, bottom - top) : null;
    }
}
