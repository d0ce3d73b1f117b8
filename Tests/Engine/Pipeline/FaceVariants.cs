using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>A demo photo changed in one way, with where each original face centre moved to.</summary>
internal sealed record FaceVariant(string Photo, string Change, RgbImage Image, Func<Point2, Point2> MapPoint)
{
    /// <summary>Rotations about the photo centre with scaling, brightness and contrast changes, and heavy JPEG.</summary>
    public static IEnumerable<FaceVariant> Of(string photo, RgbImage image)
    {
        var c = new Point2(image.Width / 2f, image.Height / 2f);
        foreach (var (degrees, scale) in new[] { (20.0, 1.0), (-25.0, 0.8), (0.0, 0.6), (-10.0, 0.9) })
        {
            yield return new(photo, $"rotate {degrees}° scale {scale}", ImageTransforms.RotateScale(image, c, degrees, scale), p => Rotate(p, c, degrees, scale));
        }

        yield return new(photo, "brighter, more contrast", ImageTransforms.Brightness(image, 1.3, 25), p => p);
        yield return new(photo, "darker", ImageTransforms.Brightness(image, 0.6, -10), p => p);
        yield return new(photo, "JPEG quality 30", ImageTransforms.Jpeg(image, 30), p => p);
    }

    public static IEnumerable<string> Photos => TestAssets.DemoImageNames;

    // OpenCV's rotation matrix: angle counter-clockwise with y pointing down.
    private static Point2 Rotate(Point2 p, Point2 c, double degrees, double scale)
    {
        var a = degrees * Math.PI / 180;
        double dx = p.X - c.X, dy = p.Y - c.Y;
        var x = scale * (Math.Cos(a) * dx + Math.Sin(a) * dy);
        var y = scale * (-Math.Sin(a) * dx + Math.Cos(a) * dy);
        return new Point2((float)(c.X + x), (float)(c.Y + y));
    }
}
