using FaceClassifier.Video;
using FaceClassifier.Vision;
using FaceClassifier.Vision.Tracking;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Vision.Tracking;

/// <summary>Frames with the same faces in each; a sharp chip; descriptors of one person per face position.</summary>
internal sealed class StandInEngine(int frames, FaceBox[] faces) : IFrameSource, IFaceDetector, ILandmarkDetector, IFaceAligner, IFaceEmbedder
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(0.5);

    private static readonly RgbImage Chip = new(150, 150, [.. Enumerable.Range(0, 150 * 150 * 3).Select(i => (byte)((i / 3 % 150 / 3 + i / 450 / 3) % 2 * 200))]);

    public List<int> Batches { get; } = [];

    public int Dimension => 128;

    public VideoChunkAnalyzer Analyzer() =>
        new(this, this, this, this, this, Options.Create(new TrackingOptions()), NullLogger<VideoChunkAnalyzer>.Instance);

    public async IAsyncEnumerable<VideoFrame> ReadFramesAsync(string path, FrameSampling sampling, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < frames; i++)
        {
            await Task.Yield();
            yield return new VideoFrame(i, sampling.Start + Step * i, new RgbImage(640, 360, new byte[640 * 360 * 3]));
        }
    }

    public IReadOnlyList<DetectedFace> Detect(RgbImage image) => [.. faces.Select(f => new DetectedFace(f, 0.9f))];

    public FaceLandmarks Detect(RgbImage image, FaceBox box) => TestFaces.Landmarks(box.X, box.Y, box.Width);

    public RgbImage Align(RgbImage image, FaceLandmarks landmarks) => Chip;

    public float[] Embed(RgbImage chip) => Embed([chip])[0];

    public IReadOnlyList<float[]> Embed(IReadOnlyList<RgbImage> chips)
    {
        Batches.Add(chips.Count);
        return [.. chips.Select((_, i) => SyntheticDescriptors.Sighting(i + 1, Batches.Count))];
    }
}
