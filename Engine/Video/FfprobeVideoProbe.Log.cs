using Microsoft.Extensions.Logging;

namespace FaceClassifier.Engine.Video;

public sealed partial class FfprobeVideoProbe
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Probed {Path}: {Container} {Codec} {Width}x{Height}, {Duration}")]
    private static partial void LogProbed(ILogger logger, string path, string container, string codec, int width, int height, TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not a usable video {Path}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string path, string reason);
}
