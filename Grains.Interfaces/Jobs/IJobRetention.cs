namespace FaceClassifier.Jobs;

/// <summary>The retention sweeper's view of one job: a finished job kept past its time is deleted as DELETE deletes it.</summary>
public interface IJobRetention : IGrainWithGuidKey
{
    /// <summary>Deletes the job when it is finished and kept only until before <paramref name="now"/>; says what it found.</summary>
    Task<JobExpiry> ExpireAsync(DateTimeOffset now);
}

/// <summary>What <see cref="IJobRetention.ExpireAsync"/> found.</summary>
[GenerateSerializer, Alias("fc.JobExpiry")]
public enum JobExpiry
{
    /// <summary>Still processing, or finished but not yet past its keeping time.</summary>
    Kept,

    /// <summary>Deleted now.</summary>
    Deleted,

    /// <summary>No such job (never stored, or deleted before).</summary>
    NotFound,
}
