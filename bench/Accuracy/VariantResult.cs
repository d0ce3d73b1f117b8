namespace FaceClassifier.Bench.Accuracy;

/// <summary>What one descriptor variant measured.</summary>
/// <remarks>
/// Calibrated is the open-set protocol at the variant's own threshold for a wrong-name rate of
/// <see cref="CalibratedFir"/> with the protocol's gallery size, from a normal fit of its impostor distances, so that
/// variants whose distances are scaled differently (mirror averaging shrinks them) compare fairly.
/// </remarks>
internal sealed record VariantResult(PairScores Pairs, OpenSetResult OpenSet, OpenSetResult Calibrated, double CalibratedThreshold)
{
    public const double CalibratedFir = 1e-2;
}
