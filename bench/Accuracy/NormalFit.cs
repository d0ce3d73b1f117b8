namespace FaceClassifier.Bench.Accuracy;

/// <summary>A normal distribution fitted by mean and standard deviation, and its quantiles.</summary>
internal readonly record struct NormalFit(double Mean, double StandardDeviation)
{
    /// <summary>The value below which a share <paramref name="p"/> of the fitted distribution lies.</summary>
    public double Quantile(double p) => Mean + StandardDeviation * StandardQuantile(p);

    /// <summary>Φ⁻¹(p) by bisection on Φ; Φ from erfc to about 1e-7 relative error, ample down to p = 1e-12.</summary>
    public static double StandardQuantile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(p, 1);
        double low = -40, high = 40;
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            if (StandardCdf(mid) < p)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }

    public static double StandardCdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    // Chebyshev fit of erfc (Numerical Recipes' erfcc form), fractional error below 1.2e-7 everywhere.
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
