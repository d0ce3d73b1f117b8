namespace FaceClassifier.Analysis;

/// <summary>A stateless worker that decodes, detects and tracks faces in one chunk of a video.</summary>
public interface IChunkWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>Analyses one time range; waits for a free analysis slot on its silo first.</summary>
    [ResponseTimeout("01:00:00")]
    Task<ChunkResult> AnalyzeAsync(ChunkRequest request, CancellationToken cancellationToken = default);
}
