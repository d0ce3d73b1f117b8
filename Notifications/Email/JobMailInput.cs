namespace FaceClassifier.Notifications.Email;

/// <summary>What a job's result mail says; built by the job grain when the job ends.</summary>
/// <param name="JobId">The job.</param>
/// <param name="JobName">The name the user gave the job or its video file, if any.</param>
/// <param name="Email">Where the mail goes.</param>
/// <param name="Succeeded">False for the failure mail.</param>
/// <param name="People">Known people found in the video.</param>
/// <param name="UnknownFaceCount">Distinct faces that matched nobody enrolled.</param>
/// <param name="ErrorMessage">What went wrong, for the failure mail.</param>
/// <param name="JobPageUrl">The job's page.</param>
/// <param name="ClassifiedFrameUrl">The frame with the found people labelled, if one was made.</param>
[GenerateSerializer, Alias("FaceClassifier.Notifications.JobMailInput")]
public sealed record JobMailInput(
    [property: Id(0)] Guid JobId,
    [property: Id(1)] string? JobName,
    [property: Id(2)] string Email,
    [property: Id(3)] bool Succeeded,
    [property: Id(4)] IReadOnlyList<PersonFound> People,
    [property: Id(5)] int UnknownFaceCount,
    [property: Id(6)] string? ErrorMessage,
    [property: Id(7)] Uri JobPageUrl,
    [property: Id(8)] Uri? ClassifiedFrameUrl);

/// <summary>One known person found in a video.</summary>
/// <param name="Name">The enrolled person's name.</param>
/// <param name="Confidence">Match confidence from 0 to 1.</param>
/// <param name="FirstSeen">Video time of the first sighting.</param>
/// <param name="LastSeen">Video time of the last sighting.</param>
[GenerateSerializer, Alias("FaceClassifier.Notifications.PersonFound")]
public sealed record PersonFound(
    [property: Id(0)] string Name,
    [property: Id(1)] double Confidence,
    [property: Id(2)] TimeSpan FirstSeen,
    [property: Id(3)] TimeSpan LastSeen);
