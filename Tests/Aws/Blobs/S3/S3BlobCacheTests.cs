using Amazon.S3.Model;
using FaceClassifier.Aws.Blobs.S3;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FaceClassifier.Tests.Aws.Blobs.S3;

/// <summary>The local cache of blobs for ffmpeg: trimmed to its budget least recently handed out first, sparing recent hand-outs.</summary>
[Trait("Kind", "integration")]
public sealed class S3BlobCacheTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    private const int BlobSize = 100_000;

    [Fact]
    public async Task The_cache_is_trimmed_least_recently_used_first_but_never_a_recent_hand_out()
    {
        using var bed = new S3TestBed(aws, o => o.LocalCacheMaxBytes = (3 * BlobSize) / 2);
        // Near the real clock: file access times are real timestamps.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = bed.NewStore(clock);
        var (a, b, c) = (Key(), Key(), Key());

        await store.WriteAsync(a, Content(1), long.MaxValue);
        clock.Advance(TimeSpan.FromMinutes(1));
        await store.WriteAsync(b, Content(2), long.MaxValue);
        var pathB = await store.GetLocalPathAsync(b);

        // Over budget, but both were handed out a moment ago.
        Assert.Equal(2, bed.LocalFiles().Length);
        clock.Advance(S3BlobCache.InUseWindow + TimeSpan.FromMinutes(1));
        var pathA = await store.GetLocalPathAsync(a);

        await store.WriteAsync(c, Content(3), long.MaxValue);

        // b, written after a but handed out before it, goes first; a, handed out just now, stays though the cache is still over budget.
        Assert.False(File.Exists(pathB));
        Assert.True(File.Exists(pathA));
        Assert.Equal(2, bed.LocalFiles().Length);
        Assert.Equal(0, bed.Count<GetObjectRequest>());

        // A trimmed blob comes back from S3 when asked for.
        var again = await store.GetLocalPathAsync(b);
        Assert.Equal(1, bed.Count<GetObjectRequest>());
        Assert.Equal(pathB, again);
        Assert.Equal(Content(2).ToArray(), await File.ReadAllBytesAsync(again));
    }

    [Fact]
    public async Task Under_budget_nothing_is_trimmed()
    {
        using var bed = new S3TestBed(aws, o => o.LocalCacheMaxBytes = 10 * BlobSize);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = bed.NewStore(clock);
        var keys = new[] { Key(), Key(), Key() };

        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            await store.WriteAsync(key, Content(i), long.MaxValue);
            clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(3, bed.LocalFiles().Length);
    }

    private static string Key() => BlobKeys.Video(Guid.NewGuid());

    private static MemoryStream Content(int seed) => new(S3TestBed.RandomBytes(BlobSize, seed));
}
