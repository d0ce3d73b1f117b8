using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>Samples frames of a time range, detects faces and links them into tracks.</summary>
public interface IVideoChunkAnalyzer
{
    Task<ChunkAnalysis> AnalyzeAsync(string videoPath, FrameSampling sampling, IProgress<int>? framesDone = null, CancellationToken cancellationToken = default);
}
