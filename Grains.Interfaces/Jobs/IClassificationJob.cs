namespace FaceClassifier.Jobs;

/// <summary>The API's view of one classification job: submit, read, change the contact, name or reject a face, delete.</summary>
public interface IClassificationJob : IGrainWithGuidKey
{
    /// <summary>Creates the job and queues it; a repeat returns the existing job unchanged.</summary>
    Task<JobSnapshot> SubmitAsync(JobSubmission submission);

    /// <summary>The job, or null when it does not exist or was deleted.</summary>
    Task<JobSnapshot?> GetAsync();

    /// <summary>Applies a PUT in one turn and answers with the notification state; null for an unknown job.</summary>
    Task<ContactUpdateOutcome?> UpdateContactAsync(ContactUpdate update);

    /// <summary>
    /// Names an unknown face of the completed job from its stored good frames (a new gallery person, or more photos of an
    /// existing one) and moves it to the result's people.
    /// </summary>
    Task<FaceEditOutcome> NameFaceAsync(FaceNaming naming);

    /// <summary>Moves a named face back to the unknown faces and remembers that it is not <paramref name="personId"/>.</summary>
    Task<FaceEditOutcome> RejectFaceAsync(string faceId, Guid personId);

    /// <summary>Deletes the job's video, frames and stored descriptors; false for an unknown job.</summary>
    Task<bool> DeleteAsync();
}
