namespace FaceClassifier.Engine.Vision.Imaging;

/// <summary>Bounds on images accepted for decoding, checked against the file header before any pixel is allocated.</summary>
public sealed class ImageLimits
{
    public const string SectionName = "ImageLimits";

    /// <summary>Largest width × height accepted (default 40 megapixels, about 120 MB of RGB).</summary>
    public long MaxPixels { get; set; } = 40_000_000;
}
