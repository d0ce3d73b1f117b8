using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Engine.Vision.Imaging;

/// <summary>
/// Decodes JPEG, PNG, BMP and WebP with OpenCV into RGB, and encodes JPEG and PNG. The size in the
/// file header is checked against <see cref="ImageLimits"/> before OpenCV allocates anything.
/// </summary>
public sealed class OpenCvImageCodec(ImageLimits limits) : IImageCodec
{
    public OpenCvImageCodec()
        : this(new ImageLimits())
    {
    }

    public RgbImage Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IsEmpty)
        {
            throw new InvalidImageException("the image is empty (0 bytes)");
        }

        var header = ImageHeader.Read(encoded);
        var pixels = (long)header.Width * header.Height;
        if (pixels > limits.MaxPixels)
        {
            throw new InvalidImageException(
                $"the image is {header.Width}x{header.Height} ({Count(pixels)}), more than the {Count(limits.MaxPixels)} allowed");
        }

        try
        {
            using var bgr = Cv2.ImDecode(encoded, ImreadModes.Color);
            if (bgr.Empty())
            {
                throw new InvalidImageException($"the {header.Format} data is damaged or incomplete and could not be decoded");
            }

            return RgbMat.ToRgb(bgr);
        }
        catch (OpenCVException ex)
        {
            throw new InvalidImageException($"the {header.Format} data could not be decoded: {ex.ErrMsg}", ex);
        }
    }

    private static string Count(long pixels) =>
        pixels >= 1_000_000 ? $"{pixels / 1e6:0.#} megapixels" : $"{pixels:N0} pixels";

    public byte[] EncodeJpeg(RgbImage image, int quality = 90)
    {
        using var bgr = RgbMat.ToBgr(image);
        return RgbMat.EncodeJpeg(bgr, quality);
    }

    public byte[] EncodePng(RgbImage image)
    {
        using var bgr = RgbMat.ToBgr(image);
        Cv2.ImEncode(".png", bgr, out var bytes, [(int)ImwriteFlags.PngCompression, 3]);
        return bytes;
    }
}
