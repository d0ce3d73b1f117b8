using Microsoft.Extensions.Logging;

namespace FaceClassifier.Gallery.Imports;

public sealed partial class GalleryImportGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} queued")]
    private static partial void LogQueued(ILogger logger, Guid importId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId}: {Photos} photos in {Folders} folders")]
    private static partial void LogPlanned(ILogger logger, Guid importId, int photos, int folders);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} enrolled person {PersonId} from {Photos} photos ({Status})")]
    private static partial void LogEnrolled(ILogger logger, Guid importId, string personId, int photos, PersonWriteStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} stopped with its silo after {PhotosDone} photos; it resumes from its last save")]
    private static partial void LogStopped(ILogger logger, Guid importId, int photosDone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId} run failed after {PhotosDone} photos")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, Guid importId, int photosDone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} {Status}: {PhotosDone} photos, {People} people, {Refused} refused")]
    private static partial void LogFinished(ILogger logger, Guid importId, ImportStatus status, int photosDone, int people, int refused);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId}: its archive could not be deleted")]
    private static partial void LogArchiveNotDeleted(ILogger logger, Exception exception, Guid importId);
}
