using Microsoft.Extensions.Logging;

namespace FaceClassifier.Analysis;

public sealed partial class ChunkWorkerGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Chunk {ChunkIndex} of job {JobId}: analysing")]
    private static partial void LogAnalysing(ILogger logger, int chunkIndex, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chunk {ChunkIndex} of job {JobId}: analysed {Frames} frames")]
    private static partial void LogAnalysed(ILogger logger, int chunkIndex, Guid jobId, int frames);
}
