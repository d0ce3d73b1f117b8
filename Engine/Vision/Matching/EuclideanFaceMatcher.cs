using FaceClassifier.Engine.Vision.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>Names the closest gallery person when it is closer than the threshold (Euclidean distance).</summary>
public sealed class EuclideanFaceMatcher(IOptions<FaceMatcherOptions> options) : IFaceMatcher
{
    /// <summary>The distance reported when the gallery is empty (finite, so it serialises as JSON).</summary>
    public const float NoMatchDistance = float.MaxValue;

    private readonly float _threshold = options.Value.Threshold > 0
        ? options.Value.Threshold
        : throw new ArgumentOutOfRangeException(nameof(options), options.Value.Threshold, "The match threshold must be positive.");

    public FaceMatch Decide(GalleryCandidates candidates)
    {
        if (candidates.Best is not { } best)
        {
            return new FaceMatch(null, null, NoMatchDistance, 0);
        }

        var confidence = MatchConfidence.FromDistance(best.Distance, _threshold);
        return best.Distance < _threshold
            ? new FaceMatch(best.PersonId, best.Name, best.Distance, confidence)
            : new FaceMatch(null, null, best.Distance, confidence);
    }
}
