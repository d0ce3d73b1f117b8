using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>The running state of one track inside <see cref="FaceTracker"/>.</summary>
internal sealed class Track(int id, int representativeCount, int evidenceCount)
{
    private readonly List<(float Quality, float[] Descriptor)> _bestDescribed = [];
    private readonly List<(float Quality, float[] Descriptor)> _evidence = [];

    public int Id { get; } = id;

    public TimeSpan FirstSeen { get; private set; }

    public TimeSpan LastSeen { get; private set; }

    public int LastFrame { get; private set; }

    public int Appearances { get; private set; }

    public FaceBox LastBox { get; private set; }

    public float[]? LastDescriptor { get; private set; }

    public FaceBox DescribedBox { get; private set; }

    public float BestDescribedQuality { get; private set; }

    /// <summary>Appearances since the last one with a descriptor.</summary>
    public int UndescribedAppearances { get; private set; }

    /// <summary>Described frames that met the evidence floors, of which the best <c>evidenceCount</c> are kept.</summary>
    public int EvidenceFrames { get; private set; }

    public TimeSpan BestFrameTime { get; private set; }

    public FaceBox BestBox { get; private set; }

    public float BestQuality { get; private set; } = -1;

    /// <summary>Adds a sighting; <paramref name="evidence"/> when the face meets the floors for naming someone.</summary>
    public void Add(int frame, TimeSpan time, AnalyzedFace face, float quality, bool evidence)
    {
        if (Appearances == 0)
        {
            FirstSeen = time;
        }

        Appearances++;
        LastSeen = time;
        LastFrame = frame;
        LastBox = face.Detection.Box;
        if (quality > BestQuality)
        {
            BestQuality = quality;
            BestFrameTime = time;
            BestBox = face.Detection.Box;
        }

        if (face.Descriptor is null)
        {
            UndescribedAppearances++;
            return;
        }

        LastDescriptor = face.Descriptor;
        DescribedBox = face.Detection.Box;
        UndescribedAppearances = 0;
        BestDescribedQuality = Math.Max(BestDescribedQuality, quality);
        KeepBest(_bestDescribed, representativeCount, quality, face.Descriptor);
        if (evidence)
        {
            EvidenceFrames++;
            KeepBest(_evidence, evidenceCount, quality, face.Descriptor);
        }
    }

    /// <summary>The mean of the best described frames' descriptors; empty when none was computed.</summary>
    public float[] Representative() =>
        _bestDescribed.Count == 0 ? [] : DescriptorMath.Mean(_bestDescribed.ConvertAll(b => b.Descriptor));

    public TrackSummary ToSummary() =>
        new(Id, FirstSeen, LastSeen, Appearances, BestFrameTime, BestBox, BestQuality, Representative())
        {
            Evidence = [.. _evidence.Select(e => e.Descriptor)],
        };

    private static void KeepBest(List<(float Quality, float[] Descriptor)> kept, int count, float quality, float[] descriptor)
    {
        // Earlier frames win ties, so the kept set does not depend on anything but the input order.
        var at = kept.FindIndex(b => quality > b.Quality);
        kept.Insert(at < 0 ? kept.Count : at, (quality, descriptor));
        if (kept.Count > count)
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }
}
