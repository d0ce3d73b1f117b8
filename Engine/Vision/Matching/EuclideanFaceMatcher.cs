using FaceClassifier.Engine.Vision.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>Nearest enrolled descriptor by Euclidean distance, known when closer than the threshold.</summary>
public sealed class EuclideanFaceMatcher(IOptions<FaceMatcherOptions> options) : IFaceMatcher
{
    /// <summary>The distance reported when the gallery is empty (finite, so it serialises as JSON).</summary>
    public const float NoMatchDistance = float.MaxValue;

    private readonly float _threshold = options.Value.Threshold > 0
        ? options.Value.Threshold
        : throw new ArgumentOutOfRangeException(nameof(options), options.Value.Threshold, "The match threshold must be positive.");

    public FaceMatch Match(ReadOnlySpan<float> descriptor, IReadOnlyList<EnrolledFace> gallery)
    {
        var best = -1;
        var bestSquared = float.PositiveInfinity;
        for (var i = 0; i < gallery.Count; i++)
        {
            var squared = DescriptorMath.SquaredDistance(descriptor, gallery[i].Descriptor);
            if (squared < bestSquared)
            {
                bestSquared = squared;
                best = i;
            }
        }

        if (best < 0)
        {
            return new FaceMatch(null, null, NoMatchDistance, 0);
        }

        var distance = MathF.Sqrt(bestSquared);
        var confidence = MatchConfidence.FromDistance(distance, _threshold);
        return distance < _threshold
            ? new FaceMatch(gallery[best].PersonId, gallery[best].Name, distance, confidence)
            : new FaceMatch(null, null, distance, confidence);
    }
}
