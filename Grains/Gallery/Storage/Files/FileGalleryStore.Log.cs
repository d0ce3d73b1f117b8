using Microsoft.Extensions.Logging;

namespace FaceClassifier.Gallery.Storage.Files;

public sealed partial class FileGalleryStore
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Gallery file {Path} cannot be read and is skipped (left on disk): {Error}")]
    private static partial void LogUnreadable(ILogger logger, string path, string error);
}
