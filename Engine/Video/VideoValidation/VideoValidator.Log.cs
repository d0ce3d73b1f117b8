using Microsoft.Extensions.Logging;

namespace FaceClassifier.Engine.Video.VideoValidation;

public sealed partial class VideoValidator
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected video {Path}: {Problems}")]
    private static partial void LogRejected(ILogger logger, string path, string problems);
}
