using Microsoft.Extensions.Logging;

namespace FaceClassifier.Engine.Video;

public sealed partial class FfmpegFrameSource
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Extracting frames from {Path} at {Width}x{Height} (keyframes only: {KeyframesOnly}, {FramesPerSecond} fps)")]
    private static partial void LogStarting(ILogger logger, string path, int width, int height, bool keyframesOnly, double framesPerSecond);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Extracted {Count} frames from {Path}")]
    private static partial void LogFinished(ILogger logger, string path, int count);
}
