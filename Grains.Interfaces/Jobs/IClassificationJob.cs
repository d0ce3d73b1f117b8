namespace FaceClassifier.Jobs;

/// <summary>The API's view of one classification job: submit, read, change the contact, delete.</summary>
public interface IClassificationJob : IGrainWithGuidKey
{
    /// <summary>Creates the job and queues it; a repeat returns the existing job unchanged.</summary>
    Task<JobSnapshot> SubmitAsync(JobSubmission submission);

    /// <summary>The job, or null when it does not exist or was deleted.</summary>
    Task<JobSnapshot?> GetAsync();

    /// <summary>Applies a PUT in one turn and answers with the notification state; null for an unknown job.</summary>
    Task<ContactUpdateOutcome?> UpdateContactAsync(ContactUpdate update);

    /// <summary>Deletes the job's video, frames and stored descriptors; false for an unknown job.</summary>
    Task<bool> DeleteAsync();
}
