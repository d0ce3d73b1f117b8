using FaceClassifier.Jobs.Retention;

namespace FaceClassifier.Jobs;

/// <summary>The retention sweeper's side: a finished job past its keeping time deletes itself, exactly as DELETE does.</summary>
public sealed partial class ClassificationJobGrain : IJobRetention
{
    public async Task<JobExpiry> ExpireAsync(DateTimeOffset now)
    {
        if (!Exists)
        {
            return JobExpiry.NotFound;
        }

        if (ExpiresAt() is not { } expiresAt || !JobRetention.IsExpired(expiresAt, now))
        {
            return JobExpiry.Kept;
        }

        LogExpired(logger, Id, expiresAt);
        await DeleteAsync();
        instruments.Expired();
        return JobExpiry.Deleted;
    }

    private DateTimeOffset? ExpiresAt() => JobRetention.ExpiresAt(S, retention.Value.JobLifetime);
}
