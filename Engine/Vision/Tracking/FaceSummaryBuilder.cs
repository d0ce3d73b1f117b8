using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>Joins the chunks' tracks, names the gallery people among them and numbers the unknown ones by first appearance.</summary>
/// <remarks>
/// 1. Tracks whose descriptors are on average closer than <see cref="FaceSummaryOptions.JoinDistance"/> are joined
///    (average linkage), except tracks of one chunk seen at the same time. 2. The joined groups' good frames are searched
///    in the gallery in one batch, and the matcher decides each group on its frames together; a group without a good
///    frame is never named. 3. The unnamed groups are clustered again and labelled "unknown person 1, 2, ..." in order
///    of first appearance. 4. Each face's tracks give its segments (<see cref="TimeSegments.Merge"/>), and the faces are
///    numbered by first appearance (<see cref="FaceIds"/>).
/// </remarks>
public sealed class FaceSummaryBuilder(IFaceMatcher matcher, IOptions<FaceMatcherOptions> matcherOptions, IOptions<FaceSummaryOptions> options) : IFaceSummaryBuilder
{
    public async Task<VideoFaceSummary> BuildAsync(IReadOnlyList<ChunkAnalysis> chunks, IGallerySearch gallery, TimeSpan samplingInterval, CancellationToken cancellationToken = default)
    {
        var maxGap = samplingInterval * options.Value.SegmentGapIntervals;
        IReadOnlyList<TimeSegment> Segments(TrackGroup group) => TimeSegments.Merge(
            group.Members.Select(m => new TimeSegment(m.Track.FirstSeen, m.Track.LastSeen)), maxGap, samplingInterval);

        var tracks = chunks
            .SelectMany((chunk, index) => chunk.Tracks.Select(track => new ChunkTrack(index, track)))
            .OrderBy(t => t.Track.FirstSeen).ThenBy(t => t.Chunk).ThenBy(t => t.Track.TrackId)
            .Select(t => new TrackGroup([t]))
            .ToList();
        var joined = TrackGroup.Merge(tracks, options.Value.JoinDistance);
        var evidenced = joined.Where(g => g.Evidence.Count > 0).ToList();
        var frames = evidenced.SelectMany(g => g.Evidence).ToList();
        var candidates = frames.Count == 0 ? [] : await gallery.SearchAsync(frames, cancellationToken);
        var decisions = new Dictionary<TrackGroup, FaceMatch>();
        var at = 0;
        foreach (var group in evidenced)
        {
            decisions[group] = matcher.Decide([.. candidates.Skip(at).Take(group.Evidence.Count)]);
            at += group.Evidence.Count;
        }

        var matched = joined.ConvertAll(g => (Group: g, Match: decisions.GetValueOrDefault(g)));

        var people = matched.Where(m => m.Match.IsKnown)
            .GroupBy(m => m.Match.PersonId!, StringComparer.Ordinal)
            .Select(m => Person(m, Segments))
            .OrderBy(p => p.FirstSeen).ThenBy(p => p.PersonId, StringComparer.Ordinal)
            .ToList();
        var unknown = TrackGroup.Merge([.. matched.Where(m => !m.Match.IsKnown).Select(m => m.Group)], matcherOptions.Value.SamePersonDistance)
            .OrderBy(g => g.FirstSeen)
            .Select((g, i) => new UnknownFace($"unknown person {i + 1}", g.Appearances, g.FirstSeen, g.LastSeen, g.Best.BestFrameTime, g.Best.BestBox)
            {
                Segments = Segments(g),
                Evidence = g.Evidence,
            })
            .ToList();
        return FaceIds.Assign(people, unknown);
    }

    private static PersonAppearance Person(IEnumerable<(TrackGroup Group, FaceMatch Match)> matches, Func<TrackGroup, IReadOnlyList<TimeSegment>> segments)
    {
        var all = new TrackGroup([.. matches.SelectMany(m => m.Group.Members).OrderBy(m => m.Track.FirstSeen).ThenBy(m => m.Chunk)]);
        var closest = matches.MinBy(m => m.Match.Distance).Match;
        return new PersonAppearance(
            closest.PersonId!, closest.Name!, closest.Confidence, closest.Distance, closest.Margin, matches.Sum(m => m.Match.SupportingFrames),
            all.FirstSeen, all.LastSeen, all.Appearances, all.Best.BestFrameTime, all.Best.BestBox)
        {
            Segments = segments(all),
            Evidence = all.Evidence,
        };
    }
}
