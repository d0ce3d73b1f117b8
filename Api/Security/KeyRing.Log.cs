namespace FaceClassifier.Api.Security;

public sealed partial class KeyRing
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Security keys in use: {Count} ({Keys}); key values are never logged")]
    private static partial void LogKeysLoaded(ILogger logger, int count, string keys);

    [LoggerMessage(Level = LogLevel.Error, Message = "Changed Security settings refused, the previous keys stay in use: {Problems}")]
    private static partial void LogChangeRefused(ILogger logger, string problems);
}
