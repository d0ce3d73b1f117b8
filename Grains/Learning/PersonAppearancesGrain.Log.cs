using Microsoft.Extensions.Logging;

namespace FaceClassifier.Learning;

public sealed partial class PersonAppearancesGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Appearances of person {PersonId}: {Jobs} jobs scanned, {Found} faces found in {Milliseconds:F0} ms")]
    private static partial void LogRefreshed(ILogger logger, Guid personId, int jobs, int found, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The person.identified events of person {PersonId} could not be sent")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, Guid personId);
}
