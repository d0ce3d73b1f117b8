using FaceClassifier.Tests.Engine.Vision.Detection;
using OpenCvSharp;

namespace FaceClassifier.Tests.Testing;

/// <summary>
/// Photos for gallery tests, as JPEG bytes: one face cut out of a face-api demo photo (the reference box of
/// Tests/Data/faceref/demo-samples.json grown by 40% a side), a faceless one, a damaged one and a group photo.
/// </summary>
public static class TestFacePhotos
{
    private const double Margin = 0.4;

    /// <summary>Face <paramref name="face"/> of demo photo sample<paramref name="sample"/>.jpg, alone.</summary>
    public static byte[] Face(int sample, int face)
    {
        var name = $"sample{sample}.jpg";
        var box = FaceReference.Get("demo-samples.json", name).Faces[face].Box;
        using var photo = Cv2.ImRead(TestAssets.DemoImage(name), ImreadModes.Color | ImreadModes.IgnoreOrientation);
        var x0 = Math.Max(0, (int)(box.X - (Margin * box.Width)));
        var y0 = Math.Max(0, (int)(box.Y - (Margin * box.Height)));
        var x1 = Math.Min(photo.Width, (int)(box.Right + (Margin * box.Width)));
        var y1 = Math.Min(photo.Height, (int)(box.Bottom + (Margin * box.Height)));
        using var crop = new Mat(photo, new Rect(x0, y0, x1 - x0, y1 - y0));
        return crop.ImEncode(".jpg", new ImageEncodingParam(ImwriteFlags.JpegQuality, 90));
    }

    /// <summary>A plain grey JPEG: decodable, with no face.</summary>
    public static byte[] Faceless()
    {
        using var grey = new Mat(240, 320, MatType.CV_8UC3, new OpenCvSharp.Scalar(128, 128, 128));
        return grey.ImEncode(".jpg");
    }

    /// <summary>The first half of a face photo: a JPEG signature with an image that never ends.</summary>
    public static byte[] Damaged()
    {
        var jpeg = Face(1, 1);
        return jpeg[..(jpeg.Length / 2)];
    }

    /// <summary>A whole demo photo with <paramref name="sample"/>'s several faces.</summary>
    public static byte[] Group(int sample) => File.ReadAllBytes(TestAssets.DemoImage($"sample{sample}.jpg"));
}
