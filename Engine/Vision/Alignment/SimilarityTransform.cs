using FaceClassifier.Engine.Vision.Abstractions;
namespace FaceClassifier.Engine.Vision.Alignment;

/// <summary>A 2-D similarity (rotation, uniform scale, translation): x' = A·x − B·y + Tx, y' = B·x + A·y + Ty.</summary>
public readonly record struct SimilarityTransform(double A, double B, double Tx, double Ty)
{
    public static SimilarityTransform Identity => new(1, 0, 0, 0);

    public double Scale => Math.Sqrt(A * A + B * B);

    /// <summary>Counter-clockwise in a y-up frame, i.e. clockwise on screen (image y points down).</summary>
    public double RotationRadians => Math.Atan2(B, A);

    public static SimilarityTransform FromRotationScale(double radians, double scale, double tx, double ty) =>
        new(scale * Math.Cos(radians), scale * Math.Sin(radians), tx, ty);

    public Point2 Apply(Point2 p) => new((float)(A * p.X - B * p.Y + Tx), (float)(B * p.X + A * p.Y + Ty));

    public SimilarityTransform Inverse()
    {
        var n = A * A + B * B;
        var (a, b) = (A / n, -B / n);
        return new SimilarityTransform(a, b, -(a * Tx - b * Ty), -(b * Tx + a * Ty));
    }

    /// <summary>This transform applied after <paramref name="first"/>.</summary>
    public SimilarityTransform After(SimilarityTransform first) => new(
        A * first.A - B * first.B,
        B * first.A + A * first.B,
        A * first.Tx - B * first.Ty + Tx,
        B * first.Tx + A * first.Ty + Ty);

    /// <summary>
    /// The least-squares similarity taking <paramref name="from"/> onto <paramref name="to"/> (closed form,
    /// Umeyama without reflection): centre both sets, then A = Σ(x·u + y·v)/Σ|p|², B = Σ(x·v − y·u)/Σ|p|².
    /// </summary>
    public static SimilarityTransform Fit(ReadOnlySpan<Point2> from, ReadOnlySpan<Point2> to)
    {
        if (from.Length != to.Length || from.Length < 2)
        {
            throw new ArgumentException("Need two or more point pairs of equal count.", nameof(to));
        }

        double fx = 0, fy = 0, tx = 0, ty = 0;
        for (var i = 0; i < from.Length; i++)
        {
            (fx, fy, tx, ty) = (fx + from[i].X, fy + from[i].Y, tx + to[i].X, ty + to[i].Y);
        }

        (fx, fy, tx, ty) = (fx / from.Length, fy / from.Length, tx / from.Length, ty / from.Length);
        double norm = 0, dot = 0, cross = 0;
        for (var i = 0; i < from.Length; i++)
        {
            double x = from[i].X - fx, y = from[i].Y - fy, u = to[i].X - tx, v = to[i].Y - ty;
            norm += x * x + y * y;
            dot += x * u + y * v;
            cross += x * v - y * u;
        }

        if (norm <= 0)
        {
            throw new ArgumentException("The source points all coincide.", nameof(from));
        }

        var (a, b) = (dot / norm, cross / norm);
        return new SimilarityTransform(a, b, tx - (a * fx - b * fy), ty - (b * fx + a * fy));
    }
}
