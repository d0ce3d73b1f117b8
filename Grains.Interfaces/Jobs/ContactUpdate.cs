namespace FaceClassifier.Jobs;

/// <summary>A PUT's validated change; null fields stay as they are.</summary>
[GenerateSerializer, Alias("fc.ContactUpdate")]
public sealed record ContactUpdate([property: Id(0)] string? Name, [property: Id(1)] string? Email);

/// <summary>The job's contact and notification state right after a PUT.</summary>
[GenerateSerializer, Alias("fc.ContactUpdateOutcome")]
public sealed record ContactUpdateOutcome(
    [property: Id(0)] string Name,
    [property: Id(1)] string Email,
    [property: Id(2)] NotificationState Notification);
