using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>The running state of one track inside <see cref="FaceTracker"/>.</summary>
internal sealed class Track(int id, int representativeCount)
{
    private readonly List<(float Quality, float[] Descriptor)> _bestDescribed = [];

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

    public TimeSpan BestFrameTime { get; private set; }

    public FaceBox BestBox { get; private set; }

    public float BestQuality { get; private set; } = -1;

    public void Add(int frame, TimeSpan time, AnalyzedFace face, float quality)
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
        KeepBest(quality, face.Descriptor);
    }

    /// <summary>The mean of the best described frames' descriptors; empty when none was computed.</summary>
    public float[] Representative() =>
        _bestDescribed.Count == 0 ? [] : DescriptorMath.Mean(_bestDescribed.ConvertAll(b => b.Descriptor));

    public TrackSummary ToSummary() =>
        new(Id, FirstSeen, LastSeen, Appearances, BestFrameTime, BestBox, BestQuality, Representative());

    private void KeepBest(float quality, float[] descriptor)
    {
        // Earlier frames win ties, so the kept set does not depend on anything but the input order.
        var at = _bestDescribed.FindIndex(b => quality > b.Quality);
        _bestDescribed.Insert(at < 0 ? _bestDescribed.Count : at, (quality, descriptor));
        if (_bestDescribed.Count > representativeCount)
        {
            _bestDescribed.RemoveAt(_bestDescribed.Count - 1);
        }
    }
}
