using Microsoft.Extensions.Logging;

namespace FaceClassifier.Engine.Pipeline;

public sealed partial class VideoChunkAnalyzer
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Analysed {Path} {Start}-{End}: {Frames} frames ({Detected} through the detector), {Faces} faces, {Descriptors} descriptors, {Tracks} tracks")]
    private partial void LogChunkAnalysed(string path, TimeSpan start, TimeSpan end, int frames, int detected, int faces, int descriptors, int tracks);
}
