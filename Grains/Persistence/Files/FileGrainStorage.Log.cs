using Microsoft.Extensions.Logging;

namespace FaceClassifier.Persistence.Files;

public sealed partial class FileGrainStorage
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "File storage {Provider}: ETag mismatch writing {StateName} of {GrainId}: expected {Expected}, stored {Stored}")]
    private static partial void LogETagMismatch(ILogger logger, string provider, string stateName, GrainId grainId, string? expected, string? stored);
}
