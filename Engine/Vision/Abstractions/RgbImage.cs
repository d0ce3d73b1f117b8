namespace FaceClassifier.Engine.Vision.Abstractions;

/// <summary>An 8-bit RGB image, rows top to bottom, 3 bytes a pixel, no row padding.</summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (pixels.Length != checked(width * height * 3))
        {
            throw new ArgumentException($"Expected {width * height * 3} bytes for {width}x{height} RGB, got {pixels.Length}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>RGB24 pixels, row-major, stride = Width * 3.</summary>
    public byte[] Pixels { get; }

    public int Stride => Width * 3;
}
