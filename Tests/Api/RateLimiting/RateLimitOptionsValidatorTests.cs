using FaceClassifier.Api.RateLimiting;

namespace FaceClassifier.Tests.Api.RateLimiting;

/// <summary>Bad limits stop the start with the setting's name; 0 permits (off) needs no burst.</summary>
[Trait("Kind", "unit")]
public sealed class RateLimitOptionsValidatorTests
{
    private readonly RateLimitOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid_and_documented()
    {
        var options = new RateLimitOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.True(options.Enabled);
        Assert.Equal(
            [("Uploads", 10, 10), ("GalleryWrites", 60, 30), ("Engine", 30, 10), ("Reads", 1200, 300)],
            RateLimitPolicies.All.Select(p => (p, options.For(p).PermitsPerMinute, options.For(p).Burst)));
    }

    [Fact]
    public void Negative_permits_and_a_missing_burst_are_refused_by_name()
    {
        var options = new RateLimitOptions();
        options.Uploads.PermitsPerMinute = -1;
        options.Reads.Burst = 0;

        var result = _validator.Validate(null, options);

        Assert.Equal(
            [
                "RateLimits:Uploads:PermitsPerMinute (environment variable RateLimits__Uploads__PermitsPerMinute) must be 0 (off) to 1000000.",
                "RateLimits:Reads:Burst (environment variable RateLimits__Reads__Burst) must be 1 to 1000000 while the limit is on.",
            ],
            result.Failures);
    }

    [Fact]
    public void A_limit_that_is_off_needs_no_burst()
    {
        var options = new RateLimitOptions();
        options.Engine.PermitsPerMinute = 0;
        options.Engine.Burst = 0;

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(10, 6)]
    [InlineData(60, 1)]
    [InlineData(1200, 0.05)]
    public void A_bucket_gains_one_token_every_minute_over_the_permits(int permitsPerMinute, double secondsPerToken)
    {
        var bucket = RateLimitPolicies.Bucket(new RateLimitPolicyOptions { PermitsPerMinute = permitsPerMinute, Burst = 7 });

        Assert.Equal((7, 1, 0, TimeSpan.FromSeconds(secondsPerToken)), (bucket.TokenLimit, bucket.TokensPerPeriod, bucket.QueueLimit, bucket.ReplenishmentPeriod));
    }
}
