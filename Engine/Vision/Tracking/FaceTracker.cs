using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Quality;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>Links the faces of consecutive sampled frames into tracks by box overlap and descriptor distance.</summary>
/// <remarks>
/// Per frame: call <see cref="NeedsDescriptors"/> with the faces (no descriptors yet), compute the descriptors it asks
/// for, then <see cref="Observe"/> the faces with those descriptors. Call <see cref="Observe"/> for frames without faces
/// too, so that missing frames end tracks. Not thread-safe: one tracker follows one frame sequence.
/// </remarks>
public sealed class FaceTracker(TrackingOptions options, FaceQualityFloors evidenceFloors)
{
    private readonly List<Track> _tracks = [];
    private int _frame;

    /// <summary>Frames observed so far.</summary>
    public int Frames => _frame;

    /// <summary>
    /// Which faces need a descriptor: a new or ambiguous track, a moved box, every Nth appearance, a better frame, or a
    /// good frame of a track with fewer than <see cref="TrackingOptions.EvidenceFrames"/> good frames described. Faces
    /// <paramref name="followed"/> from the previous frame by their landmarks (not found by the detector) are known to be
    /// the same face, so a moved box alone does not ask for a descriptor.
    /// </summary>
    public bool[] NeedsDescriptors(IReadOnlyList<AnalyzedFace> faces, bool followed = false)
    {
        var active = ActiveTracks();
        var assigned = Assign(active, faces);
        var needs = new bool[faces.Count];
        for (var f = 0; f < faces.Count; f++)
        {
            var track = assigned[f];
            needs[f] = track?.LastDescriptor is null
                || Overlapping(active, faces[f].Detection.Box) > 1
                || Overlapping(faces, track.LastBox) > 1
                || (!followed && track.DescribedBox.IoU(faces[f].Detection.Box) < options.StableIoU)
                || track.UndescribedAppearances + 1 >= options.DescriptorInterval
                || TrackQuality.Score(faces[f], options) > track.BestDescribedQuality * (1 + options.QualityGain)
                || (track.EvidenceFrames < options.EvidenceFrames && evidenceFloors.Admits(faces[f].Quality));
        }

        return needs;
    }

    /// <summary>Adds one sampled frame: each face continues the best linkable live track or starts a new one.</summary>
    public void Observe(TimeSpan time, IReadOnlyList<AnalyzedFace> faces)
    {
        var assigned = Assign(ActiveTracks(), faces);
        for (var f = 0; f < faces.Count; f++)
        {
            var track = assigned[f];
            if (track is null)
            {
                track = new Track(_tracks.Count + 1, options.RepresentativeCount, options.EvidenceFrames);
                _tracks.Add(track);
            }

            track.Add(_frame, time, faces[f], TrackQuality.Score(faces[f], options), evidenceFloors.Admits(faces[f].Quality));
        }

        _frame++;
    }

    /// <summary>Every track so far, ordered by first appearance, then id.</summary>
    public IReadOnlyList<TrackSummary> Tracks() =>
        [.. _tracks.OrderBy(t => t.FirstSeen).ThenBy(t => t.Id).Select(t => t.ToSummary())];

    private List<Track> ActiveTracks() =>
        _tracks.FindAll(t => _frame - t.LastFrame - 1 <= options.MaxMissedFrames);

    private int Overlapping(List<Track> tracks, FaceBox box) =>
        tracks.Count(t => t.LastBox.IoU(box) >= options.MinIoU);

    private int Overlapping(IReadOnlyList<AnalyzedFace> faces, FaceBox box) =>
        faces.Count(f => f.Detection.Box.IoU(box) >= options.MinIoU);

    private Track?[] Assign(List<Track> tracks, IReadOnlyList<AnalyzedFace> faces)
    {
        var candidates = new List<(float Score, int Track, int Face)>();
        for (var t = 0; t < tracks.Count; t++)
        {
            for (var f = 0; f < faces.Count; f++)
            {
                if (LinkScore(tracks[t], faces[f]) is { } score)
                {
                    candidates.Add((score, t, f));
                }
            }
        }

        // Greedy by score; ties go to the older track and the earlier face, so the result is deterministic.
        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Track != b.Track ? a.Track.CompareTo(b.Track) : a.Face.CompareTo(b.Face));
        var assigned = new Track?[faces.Count];
        var taken = new bool[tracks.Count];
        foreach (var (_, t, f) in candidates)
        {
            if (!taken[t] && assigned[f] is null)
            {
                taken[t] = true;
                assigned[f] = tracks[t];
            }
        }

        return assigned;
    }

    /// <summary>IoU plus, with descriptors on both sides, 1 - distance / MaxLinkDistance; null when they must not link.</summary>
    private float? LinkScore(Track track, AnalyzedFace face)
    {
        var iou = track.LastBox.IoU(face.Detection.Box);
        if (face.Descriptor is null || track.LastDescriptor is null)
        {
            return iou >= options.MinIoU ? iou : null;
        }

        var distance = DescriptorMath.Distance(face.Descriptor, track.LastDescriptor);
        if (distance >= options.MaxLinkDistance || (iou < options.MinIoU && distance >= options.DescriptorLinkDistance))
        {
            return null;
        }

        return iou + 1 - distance / options.MaxLinkDistance;
    }
}
