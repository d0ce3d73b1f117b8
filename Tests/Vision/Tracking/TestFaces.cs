using FaceClassifier.Vision;

namespace FaceClassifier.Tests.Vision.Tracking;

/// <summary>Analysed faces built by hand: a box, a symmetric 68-point layout inside it, a sharpness and a descriptor.</summary>
public static class TestFaces
{
    public static AnalyzedFace Face(float x, float y, float size = 100, float sharpness = 200, float[]? descriptor = null, float noseShift = 0) =>
        new(new DetectedFace(new FaceBox(x, y, size, size), 0.99f), Landmarks(x, y, size, noseShift), descriptor, sharpness);

    /// <summary>A frontal face layout; <paramref name="noseShift"/> moves the nose tip sideways (a fraction of the box) like a turned head.</summary>
    public static FaceLandmarks Landmarks(float x, float y, float size, float noseShift = 0)
    {
        var p = new Point2[FaceLandmarks.Count];
        Point2 At(float u, float v) => new(x + u * size, y + v * size);
        for (var i = 0; i <= 16; i++)
        {
            var angle = Math.PI * i / 16;
            p[i] = At(0.5f - 0.45f * (float)Math.Cos(angle), 0.35f + 0.55f * (float)Math.Sin(angle));
        }

        for (var i = 0; i < 5; i++)
        {
            p[17 + i] = At(0.15f + 0.06f * i, 0.3f);
            p[26 - i] = At(0.85f - 0.06f * i, 0.3f);
        }

        for (var i = 0; i < 4; i++)
        {
            p[27 + i] = At(0.5f + noseShift * i / 3, 0.4f + 0.06f * i);
        }

        for (var i = 0; i < 5; i++)
        {
            p[31 + i] = At(0.42f + 0.04f * i + noseShift, 0.6f);
        }

        Eye(p, 36, At(0.32f, 0.4f), size);
        Eye(p, 42, At(0.68f, 0.4f), size);
        for (var i = 0; i < 20; i++)
        {
            var angle = 2 * Math.PI * i / 20;
            p[48 + i] = At(0.5f + 0.15f * (float)Math.Cos(angle), 0.75f + 0.05f * (float)Math.Sin(angle));
        }

        return new FaceLandmarks(p);
    }

    private static void Eye(Point2[] p, int first, Point2 centre, float size)
    {
        for (var i = 0; i < 6; i++)
        {
            var angle = 2 * Math.PI * i / 6;
            p[first + i] = new Point2(centre.X + 0.06f * size * (float)Math.Cos(angle), centre.Y + 0.03f * size * (float)Math.Sin(angle));
        }
    }
}
