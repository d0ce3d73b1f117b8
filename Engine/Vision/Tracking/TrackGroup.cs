using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>A track and the chunk it came from.</summary>
internal sealed record ChunkTrack(int Chunk, TrackSummary Track);

/// <summary>Tracks believed to show the same face.</summary>
internal sealed class TrackGroup
{
    public TrackGroup(IReadOnlyList<ChunkTrack> members)
    {
        Members = members;
        FirstSeen = members.Min(m => m.Track.FirstSeen);
        LastSeen = members.Max(m => m.Track.LastSeen);
        Appearances = members.Sum(m => m.Track.Appearances);
        // MaxBy keeps the first of equals; members are in first-seen order, so the earliest best frame wins ties.
        Best = members.MaxBy(m => m.Track.BestQuality)!.Track;
        var descriptors = members.Select(m => m.Track.Descriptor).Where(d => d.Length > 0).ToList();
        Descriptor = descriptors.Count == 0 ? [] : DescriptorMath.Mean(descriptors);
        // The best tracks' evidence first, so a long group is decided on its best frames.
        Evidence = [.. members.OrderByDescending(m => m.Track.BestQuality).SelectMany(m => m.Track.Evidence).Take(MaxEvidence)];
    }

    /// <summary>The most good frames a group is decided on, however many tracks it joins.</summary>
    public const int MaxEvidence = 16;

    public IReadOnlyList<ChunkTrack> Members { get; }

    public TimeSpan FirstSeen { get; }

    public TimeSpan LastSeen { get; }

    public int Appearances { get; }

    public TrackSummary Best { get; }

    /// <summary>The mean of the members' descriptors; empty when none has one.</summary>
    public float[] Descriptor { get; }

    /// <summary>The members' good frames' descriptors, what a name is decided on; empty when none met the quality floors.</summary>
    public IReadOnlyList<float[]> Evidence { get; }

    /// <summary>How far apart two groups look; infinite when they cannot be one person.</summary>
    public float DistanceTo(TrackGroup other) =>
        Descriptor.Length == 0 || other.Descriptor.Length == 0 || Coexists(other)
            ? float.PositiveInfinity
            : DescriptorMath.Distance(Descriptor, other.Descriptor);

    /// <summary>Two tracks of one chunk seen at the same time are two faces in the frame, so two people.</summary>
    private bool Coexists(TrackGroup other) =>
        Members.Any(a => other.Members.Any(b =>
            a.Chunk == b.Chunk && a.Track.FirstSeen <= b.Track.LastSeen && b.Track.FirstSeen <= a.Track.LastSeen));

    public static List<TrackGroup> Merge(IReadOnlyList<TrackGroup> groups, float threshold) =>
        AverageLinkage.Cluster(groups.Count, (a, b) => groups[a].DistanceTo(groups[b]), threshold)
            .ConvertAll(cluster => new TrackGroup([.. cluster.SelectMany(i => groups[i].Members)]));
}
