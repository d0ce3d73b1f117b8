namespace FaceClassifier.Api.RateLimiting;

/// <summary>How many requests one client address may make, per kind of request (token buckets).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>False turns every limit off (load tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Creating and changing jobs: uploads, and PUT and DELETE of a job (a PUT can send the result mail again).</summary>
    public RateLimitPolicyOptions Uploads { get; set; } = new() { PermitsPerMinute = 10, Burst = 10 };

    /// <summary>Gallery writes: enrolments, photos, renames, merges, deletions, imports, naming and rejecting a job's faces.</summary>
    public RateLimitPolicyOptions GalleryWrites { get; set; } = new() { PermitsPerMinute = 60, Burst = 30 };

    /// <summary>The face engine's endpoints (/api/faces/*): a detection or embedding each.</summary>
    public RateLimitPolicyOptions Engine { get; set; } = new() { PermitsPerMinute = 30, Burst = 10 };

    /// <summary>
    /// Reads of jobs, people and files. A job page polls 40 times a minute and a gallery page loads up to 100
    /// thumbnails at once, so a few pages open behind one address stay well inside it.
    /// </summary>
    public RateLimitPolicyOptions Reads { get; set; } = new() { PermitsPerMinute = 1200, Burst = 300 };

    /// <summary>The settings of the policy named <paramref name="policy"/> (one of <see cref="RateLimitPolicies.All"/>).</summary>
    public RateLimitPolicyOptions For(string policy) => policy switch
    {
        RateLimitPolicies.Uploads => Uploads,
        RateLimitPolicies.GalleryWrites => GalleryWrites,
        RateLimitPolicies.Engine => Engine,
        RateLimitPolicies.Reads => Reads,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "not a rate limit policy"),
    };
}

/// <summary>One token bucket per client address: refilled at <see cref="PermitsPerMinute"/>, holding at most <see cref="Burst"/>.</summary>
public sealed class RateLimitPolicyOptions
{
    /// <summary>Requests a minute, added evenly over the minute; 0 turns this limit off.</summary>
    public int PermitsPerMinute { get; set; }

    /// <summary>The most requests allowed at once (the bucket's size; it starts full).</summary>
    public int Burst { get; set; }

    /// <summary>Off: no limit for this kind of request.</summary>
    public bool Off => PermitsPerMinute == 0;
}
