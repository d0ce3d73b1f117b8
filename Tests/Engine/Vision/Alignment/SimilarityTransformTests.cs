using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;

namespace FaceClassifier.Tests.Engine.Vision.Alignment;

[Trait("Kind", "unit")]
public sealed class SimilarityTransformTests
{
    private static readonly Point2[] Shape =
    [
        new(10, 12), new(40, 9), new(25, 30), new(14, 45), new(37, 47), new(26, 60), new(5, 33),
    ];

    [Theory]
    [InlineData(0.0, 1.0, 0.0, 0.0)]
    [InlineData(20.0, 0.8, 13.5, -7.25)]
    [InlineData(-135.0, 2.5, 300.0, 120.0)]
    [InlineData(179.0, 0.1, -4.0, 9.0)]
    public void Fit_recovers_a_known_rotation_scale_and_shift(double degrees, double scale, double tx, double ty)
    {
        var truth = SimilarityTransform.FromRotationScale(degrees * Math.PI / 180, scale, tx, ty);
        var moved = Shape.Select(truth.Apply).ToArray();

        var fit = SimilarityTransform.Fit(Shape, moved);

        Assert.Equal(scale, fit.Scale, 5);
        Assert.Equal(degrees, fit.RotationRadians * 180 / Math.PI, 3);
        Assert.Equal(tx, fit.Tx, 3);
        Assert.Equal(ty, fit.Ty, 3);
    }

    [Fact]
    public void Fit_is_the_least_squares_solution_under_noise()
    {
        var truth = SimilarityTransform.FromRotationScale(0.3, 1.7, 20, -5);
        var noise = new Random(7);
        var moved = Shape.Select(p => truth.Apply(p)).Select(p => new Point2(p.X + (float)(noise.NextDouble() - 0.5), p.Y + (float)(noise.NextDouble() - 0.5))).ToArray();

        var fit = SimilarityTransform.Fit(Shape, moved);
        var best = SquaredError(fit, moved);

        // Any small change of the four parameters makes the squared error larger.
        foreach (var (da, db, dx, dy) in new[] { (1e-3, 0.0, 0.0, 0.0), (0.0, 1e-3, 0.0, 0.0), (0.0, 0.0, 1e-2, 0.0), (0.0, 0.0, 0.0, 1e-2) })
        {
            Assert.True(SquaredError(fit with { A = fit.A + da, B = fit.B + db, Tx = fit.Tx + dx, Ty = fit.Ty + dy }, moved) > best);
            Assert.True(SquaredError(fit with { A = fit.A - da, B = fit.B - db, Tx = fit.Tx - dx, Ty = fit.Ty - dy }, moved) > best);
        }

        Assert.Equal(1.7, fit.Scale, 1);
    }

    [Fact]
    public void Inverse_and_composition_round_trip()
    {
        var t = SimilarityTransform.FromRotationScale(-0.7, 3.2, 15, 40);
        var u = SimilarityTransform.FromRotationScale(1.1, 0.4, -2, 8);
        var p = new Point2(12.5f, -3.25f);

        var back = t.Inverse().Apply(t.Apply(p));
        var composed = u.After(t).Apply(p);
        var stepwise = u.Apply(t.Apply(p));

        Assert.Equal(p.X, back.X, 4);
        Assert.Equal(p.Y, back.Y, 4);
        Assert.Equal(stepwise.X, composed.X, 4);
        Assert.Equal(stepwise.Y, composed.Y, 4);
        Assert.Equal(1.0, t.After(t.Inverse()).Scale, 9);
    }

    [Fact]
    public void Fit_rejects_coincident_or_too_few_points()
    {
        Assert.Throws<ArgumentException>(() => SimilarityTransform.Fit([new Point2(1, 1), new Point2(1, 1)], [new Point2(0, 0), new Point2(2, 2)]));
        Assert.Throws<ArgumentException>(() => SimilarityTransform.Fit([new Point2(1, 1)], [new Point2(0, 0)]));
    }

    private static double SquaredError(SimilarityTransform t, Point2[] moved) =>
        Shape.Zip(moved, (p, q) => (t.Apply(p).X - q.X) * (double)(t.Apply(p).X - q.X) + (t.Apply(p).Y - q.Y) * (double)(t.Apply(p).Y - q.Y)).Sum();
}
