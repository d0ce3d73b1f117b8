using FaceClassifier.Engine.Vision.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>
/// Names a face only when its good frames agree on one gallery person, closely enough and clearly enough; else it is an
/// unknown face. With d_f(p) the distance of frame f to person p (known when p is among the frame's two closest people):
/// the candidate p* has the smallest median over the frames of d_f(p*), taking a frame without p* as infinitely far;
/// it is named when that median D is under <see cref="OpenSetThreshold"/> for the gallery searched, at least
/// <see cref="FaceMatcherOptions.MinSupportingFrames"/> frames (or all, when fewer) put p* first under the threshold,
/// and every other person's median is at least <see cref="FaceMatcherOptions.Margin"/> farther than D.
/// </summary>
/// <remarks>
/// A frame whose two closest people do not include someone still bounds that person's distance from below by the
/// frame's second distance; the margin uses that bound, so an unseen person counts as close as they could be.
/// </remarks>
public sealed class OpenSetFaceMatcher(IOptions<FaceMatcherOptions> options) : IFaceMatcher
{
    /// <summary>The distance reported when the gallery is empty (finite, so it serialises as JSON).</summary>
    public const float NoMatchDistance = float.MaxValue;

    private readonly FaceMatcherOptions _options = options.Value;

    public FaceMatch Decide(IReadOnlyList<GalleryCandidates> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var people = frames.SelectMany(f => new[] { f.Best, f.Second })
            .OfType<GalleryCandidate>()
            .Select(c => (c.PersonId, c.Name))
            .Distinct()
            .ToList();
        if (people.Count == 0)
        {
            return new FaceMatch(null, null, NoMatchDistance, 0) { Frames = frames.Count };
        }

        var threshold = OpenSetThreshold.For(_options, frames.Max(f => f.Comparisons));
        var (bestId, bestName, distance) = people
            .Select(p => (p.PersonId, p.Name, Distance: Median(frames, f => Known(f, p.PersonId))))
            .OrderBy(p => p.Distance).ThenBy(p => p.PersonId, StringComparer.Ordinal)
            .First();
        if (float.IsPositiveInfinity(distance))
        {
            var nearest = Median(frames, f => f.Best?.Distance ?? float.PositiveInfinity);
            return new FaceMatch(null, null, Finite(nearest), 0) { Frames = frames.Count };
        }

        var margin = Margin(frames, bestId, distance);
        var supporting = frames.Count(f => f.Best?.PersonId == bestId && f.Best.Value.Distance < threshold);
        var confidence = MatchConfidence.FromDistance(distance, threshold);
        var named = distance < threshold
            && supporting >= Math.Min(_options.MinSupportingFrames, frames.Count)
            && (margin is null || margin >= _options.Margin);
        return named
            ? new FaceMatch(bestId, bestName, distance, confidence) { Margin = margin, SupportingFrames = supporting, Frames = frames.Count }
            : new FaceMatch(null, null, distance, confidence) { Margin = margin, SupportingFrames = supporting, Frames = frames.Count };
    }

    /// <summary>The smallest median of another person minus <paramref name="distance"/>; null when no frame has a second person.</summary>
    private static float? Margin(IReadOnlyList<GalleryCandidates> frames, string bestId, float distance)
    {
        if (frames.All(f => f.Second is null))
        {
            return null;
        }

        var others = frames.SelectMany(f => new[] { f.Best, f.Second })
            .OfType<GalleryCandidate>()
            .Select(c => c.PersonId)
            .Where(id => id != bestId)
            .Distinct()
            .Select(id => Median(frames, f => Known(f, id) is var d && float.IsFinite(d) ? d : LowerBound(f)));
        var unseen = Median(frames, LowerBound);
        var second = others.Append(unseen).Min();
        return float.IsPositiveInfinity(second) ? null : second - distance;
    }

    private static float Known(GalleryCandidates frame, string personId) =>
        frame.Best?.PersonId == personId ? frame.Best.Value.Distance
        : frame.Second?.PersonId == personId ? frame.Second.Value.Distance
        : float.PositiveInfinity;

    /// <summary>Anyone not among a frame's two closest people is at least as far as its second.</summary>
    private static float LowerBound(GalleryCandidates frame) => frame.Second?.Distance ?? float.PositiveInfinity;

    private static float Median(IReadOnlyList<GalleryCandidates> frames, Func<GalleryCandidates, float> distance)
    {
        var values = frames.Select(distance).Order().ToArray();
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static float Finite(float distance) => float.IsFinite(distance) ? distance : NoMatchDistance;
}
