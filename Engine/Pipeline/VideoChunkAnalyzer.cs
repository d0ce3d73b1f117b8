using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Engine.Vision.Tracking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>Reads the sampled frames of one time range, finds the faces and follows them with a <see cref="FaceTracker"/>.</summary>
public sealed partial class VideoChunkAnalyzer(
    IFrameSource frameSource,
    IFaceDetector detector,
    ILandmarkDetector landmarkDetector,
    IFaceAligner aligner,
    IFaceEmbedder embedder,
    IOptions<TrackingOptions> options,
    IOptions<FaceQualityOptions> quality,
    ILogger<VideoChunkAnalyzer> logger) : IVideoChunkAnalyzer
{
    public async Task<ChunkAnalysis> AnalyzeAsync(string videoPath, FrameSampling sampling, IProgress<int>? framesDone = null, CancellationToken cancellationToken = default)
    {
        var tracker = new FaceTracker(options.Value, quality.Value.Evidence);
        var facesDetected = 0;
        var descriptors = 0;
        var end = sampling.Start;
        await foreach (var frame in frameSource.ReadFramesAsync(videoPath, sampling, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (faces, chips) = FindFaces(frame.Image);
            var needs = tracker.NeedsDescriptors(faces);
            descriptors += Describe(faces, chips, needs);
            tracker.Observe(frame.Timestamp, faces);
            facesDetected += faces.Count;
            end = frame.Timestamp;
            framesDone?.Report(tracker.Frames);
        }

        var tracks = tracker.Tracks();
        LogChunkAnalysed(videoPath, sampling.Start, end, tracker.Frames, facesDetected, descriptors, tracks.Count);
        return new ChunkAnalysis(sampling.Start, sampling.End ?? end, tracker.Frames, facesDetected, tracks);
    }

    private (List<AnalyzedFace> Faces, List<RgbImage> Chips) FindFaces(RgbImage image)
    {
        var detections = detector.Detect(image);
        var marks = landmarkDetector.Detect(image, [.. detections.Select(d => d.Box)]);
        var chips = marks.Select(m => aligner.Align(image, m)).ToList();
        var faces = detections.Select((d, i) => new AnalyzedFace(d, marks[i], null, FaceQuality.Measure(d, marks[i], chips[i]))).ToList();
        return (faces, chips);
    }

    /// <summary>Embeds the chips that need a descriptor in one batch and puts the descriptors on their faces.</summary>
    private int Describe(List<AnalyzedFace> faces, List<RgbImage> chips, bool[] needs)
    {
        var wanted = Enumerable.Range(0, faces.Count).Where(i => needs[i]).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        var descriptors = embedder.Embed(wanted.ConvertAll(i => chips[i]));
        for (var k = 0; k < wanted.Count; k++)
        {
            faces[wanted[k]] = faces[wanted[k]] with { Descriptor = descriptors[k] };
        }

        return wanted.Count;
    }
}
