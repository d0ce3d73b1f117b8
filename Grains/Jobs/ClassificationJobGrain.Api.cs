using FaceClassifier.Analysis;
using FaceClassifier.Blobs;

namespace FaceClassifier.Jobs;

/// <summary>The API's side: submit, read, change the contact, delete.</summary>
public sealed partial class ClassificationJobGrain : IClassificationJob
{
    public async Task<JobSnapshot> SubmitAsync(JobSubmission submission)
    {
        if (S.Deleted)
        {
            throw new InvalidOperationException($"Job {Id} was deleted.");
        }

        if (!state.RecordExists)
        {
            state.State = new JobState
            {
                Name = submission.Name,
                Email = submission.Email,
                VideoKey = submission.VideoKey,
                Video = submission.Video,
                WebhookUrl = submission.WebhookUrl,
                CreatedAt = Now,
                FramesTotal = ChunkPlan.EstimateFrames(submission.Video.Duration, analysis.Value.FramesPerSecond),
            };
            await SaveAsync();
            instruments.Submitted();
            LogSubmitted(logger, Id, submission.Video.Duration.TotalSeconds);
        }

        await DispatchAsync("submitted");
        return Snapshot();
    }

    public Task<JobSnapshot?> GetAsync() => Task.FromResult(Exists ? Snapshot() : null);

    public async Task<ContactUpdateOutcome?> UpdateContactAsync(ContactUpdate update)
    {
        if (!Exists)
        {
            return null;
        }

        var email = update.Email ?? S.Email;
        var next = S with
        {
            Name = update.Name ?? S.Name,
            Email = email,
            Mail = ContactGuard.Update(S.Mail, S.Email, email, InFlightEmail()),
        };
        if (next != S)
        {
            state.State = next;
            await SaveAsync();
        }

        if (S.IsTerminal && ContactGuard.Due(S.Mail, S.Email, InFlightEmail()) is not null)
        {
            await DispatchAsync("contact changed");
        }

        LogContactUpdated(logger, Id, S.Mail.State);
        return new ContactUpdateOutcome(S.Name, S.Email, S.Mail.State);
    }

    public async Task<bool> DeleteAsync()
    {
        if (!Exists)
        {
            return false;
        }

        // Clean up before the tombstone, so a crash in between leaves a job a repeated DELETE still finds.
        await GrainFactory.GetGrain<IJobRunnerGrain>(Id).ForgetAsync();
        await blobs.DeletePrefixAsync(BlobKeys.VideoFolder(Id));
        await blobs.DeletePrefixAsync(BlobKeys.FrameFolder(Id));
        await UnindexAsync();
        await ForgetFacesAsync();
        state.State = new JobState { Deleted = true, CreatedAt = S.CreatedAt };
        await SaveAsync();
        await StopReminderAsync();
        LogDeleted(logger, Id);
        return true;
    }
}
