namespace FaceClassifier.Notifications.DeadLetters;

/// <summary>What replaying a dead letter came to.</summary>
[GenerateSerializer, Alias("fc.ReplayStatus")]
public enum ReplayStatus
{
    /// <summary>Delivered; the dead letter is gone.</summary>
    Delivered,

    /// <summary>Failed again; the dead letter stays, with its attempts and last error updated.</summary>
    StillFailing,

    /// <summary>No dead letter has this id.</summary>
    NotFound,

    /// <summary>Another replay of this dead letter is running.</summary>
    AlreadyReplaying,
}

/// <summary>The outcome of one replay.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Attempts">Attempts made by this replay.</param>
/// <param name="DeadLetter">The dead letter as it is now; null once delivered or when not found.</param>
[GenerateSerializer, Alias("fc.ReplayResult")]
public sealed record ReplayResult(
    [property: Id(0)] ReplayStatus Status,
    [property: Id(1)] int Attempts,
    [property: Id(2)] DeadLetter? DeadLetter);
