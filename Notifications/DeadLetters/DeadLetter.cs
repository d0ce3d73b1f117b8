namespace FaceClassifier.Notifications.DeadLetters;

/// <summary>A notification that still failed after all its attempts, kept until a replay delivers it.</summary>
/// <param name="Id">Also the webhook delivery id, so receivers can tell a replay from a new delivery.</param>
/// <param name="Kind">Email or webhook.</param>
/// <param name="JobId">The job the notification is about.</param>
/// <param name="Target">The recipient address or the webhook URL.</param>
/// <param name="Payload">The mail as .eml text, or the webhook's JSON body.</param>
/// <param name="LastError">Why the last attempt failed.</param>
/// <param name="Attempts">All attempts so far, replays included.</param>
/// <param name="FirstFailedAt">When the first delivery cycle gave up.</param>
/// <param name="LastFailedAt">When the latest delivery cycle gave up.</param>
[GenerateSerializer, Alias("fc.DeadLetter")]
public sealed record DeadLetter(
    [property: Id(0)] Guid Id,
    [property: Id(1)] NotificationKind Kind,
    [property: Id(2)] Guid JobId,
    [property: Id(3)] string Target,
    [property: Id(4)] string Payload,
    [property: Id(5)] string LastError,
    [property: Id(6)] int Attempts,
    [property: Id(7)] DateTimeOffset FirstFailedAt,
    [property: Id(8)] DateTimeOffset LastFailedAt);
