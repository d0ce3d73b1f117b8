namespace FaceClassifier.Notifications;

/// <summary>How a notification ended: delivered, or kept in the dead-letter store.</summary>
/// <param name="Kind">Email or webhook.</param>
/// <param name="Delivered">True when the receiver accepted it.</param>
/// <param name="Attempts">Attempts made in this call.</param>
/// <param name="LastError">Why the last attempt failed; null when delivered.</param>
/// <param name="DeadLetterId">The dead letter that now holds it; null when delivered.</param>
[GenerateSerializer, Alias("fc.NotificationResult")]
public sealed record NotificationResult(
    [property: Id(0)] NotificationKind Kind,
    [property: Id(1)] bool Delivered,
    [property: Id(2)] int Attempts,
    [property: Id(3)] string? LastError,
    [property: Id(4)] Guid? DeadLetterId);
