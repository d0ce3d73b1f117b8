using MathNet.Numerics.Distributions;

namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>
/// The distance under which a face is named, so that a stranger compared with a whole gallery is named with probability
/// at most the false-identification rate F.
/// </summary>
/// <remarks>
/// A stranger compared with N gallery descriptors is named when any of them falls under the threshold t. With each
/// comparison a false match with probability p(t), independently, that happens with 1 − (1 − p)^N, so each comparison
/// may allow p = 1 − (1 − F)^(1/N) ≈ F / N. Different people's distances are modelled as normal (mean μ, spread σ,
/// measured), so t = μ + σ·Φ⁻¹(p), capped at <see cref="FaceMatcherOptions.MaxThreshold"/>. The threshold falls as the
/// gallery grows: each added descriptor is one more chance for a stranger to come close.
/// </remarks>
public static class OpenSetThreshold
{
    public static float For(FaceMatcherOptions options, int comparisons)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Threshold is { } fixedThreshold)
        {
            return fixedThreshold;
        }

        var perComparison = PerComparisonRate(options.FalseIdentificationRate, Math.Max(1, comparisons));
        var threshold = Normal.InvCDF(options.ImpostorDistanceMean, options.ImpostorDistanceStdDev, perComparison);
        return (float)Math.Clamp(threshold, 0, options.MaxThreshold);
    }

    /// <summary>1 − (1 − F)^(1/N): about F / N; double precision keeps it to 1e-6 relative down to rates of 1e-10.</summary>
    public static double PerComparisonRate(double falseIdentificationRate, int comparisons) =>
        1 - Math.Pow(1 - falseIdentificationRate, 1.0 / comparisons);
}
