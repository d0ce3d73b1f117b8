namespace FaceClassifier.Bench.Accuracy;

/// <summary>What one descriptor variant measured.</summary>
/// <remarks>
/// Calibrated is the open-set protocol at the variant's own threshold for a wrong-name rate of
/// <see cref="CalibratedFir"/> with the protocol's gallery size, from a normal fit of its impostor distances, so that
/// variants whose distances are scaled differently (mirror averaging shrinks them) compare fairly.
/// ZeroWrong is the protocol at the largest threshold that names no stranger in any split (the smallest distance of a
/// stranger to its closest enrolled person): chosen on the test data itself, so only a comparison between variants at an
/// equal operating point, not a threshold to ship.
/// </remarks>
internal sealed record VariantResult(
    PairScores Pairs, OpenSetResult OpenSet, OpenSetResult Calibrated, double CalibratedThreshold, OpenSetResult ZeroWrong, double ZeroWrongThreshold)
{
    public const double CalibratedFir = 1e-2;
}
