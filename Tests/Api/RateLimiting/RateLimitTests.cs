using System.Diagnostics;
using System.Text.Json;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Api.RateLimiting;

/// <summary>
/// Over a limit the API answers 429 with Retry-After and the envelope; buckets are per client address, which comes from
/// X-Forwarded-For only through a known proxy. The limiter refills by the clock (it takes no TimeProvider), so the
/// refill test polls.
/// </summary>
[Trait("Kind", "integration")]
public sealed class RateLimitTests(RateLimitTests.Host host) : IClassFixture<RateLimitTests.Host>
{
    private const string Proxy = "10.0.0.99";

    [Fact]
    public async Task A_burst_of_uploads_gets_429_with_Retry_After_and_after_the_wait_an_upload_succeeds()
    {
        // First-call compilation from another address (its own bucket), so the burst below is not slowed by it.
        using (var warmUp = host.Api.ClientFrom("192.0.2.9"))
        {
            Assert.Equal(400, (await warmUp.PostAsync("/api/upload", NoFile()).ReadAsync()).Status);
        }

        using var client = host.Api.ClientFrom("192.0.2.10");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(400, (await client.PostAsync("/api/upload", NoFile()).ReadAsync()).Status);
        }

        using var refused = await client.PostAsync("/api/upload", await VideoAsync());
        Assert.Equal(429, (int)refused.StatusCode);
        Assert.Equal("2", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Equal(
            TooManyRequests("too many uploads and job changes from this address (the Uploads limit: 30 a minute, 3 at once); try again in 2 s"),
            await refused.Content.ReadAsStringAsync());

        var waited = Stopwatch.StartNew();
        var (status, body) = await Poll.UntilAsync(
            async () => await client.PostAsync("/api/upload", await VideoAsync()).ReadAsync() is var answer && answer.Status != 429 ? Tuple.Create(answer.Status, answer.Body) : null,
            "a token for the next upload");
        Assert.Equal(200, status);
        Assert.Equal(["status", "id"], Http.Names(JsonDocument.Parse(body).RootElement));
        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Without_a_known_proxy_X_Forwarded_For_is_ignored_and_the_connection_s_address_is_the_bucket()
    {
        using var client = host.Api.ClientFrom("192.0.2.20");

        Assert.Equal(404, await ReadJobAsync(client, forwardedFor: "198.51.100.1"));
        Assert.Equal(404, await ReadJobAsync(client, forwardedFor: "198.51.100.2"));
        using var refused = await client.SendAsync(JobRead("198.51.100.3"));

        Assert.Equal(429, (int)refused.StatusCode);
        Assert.Equal("60", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Equal(
            TooManyRequests("too many reads from this address (the Reads limit: 1 a minute, 2 at once); try again in 60 s"),
            await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Through_a_known_proxy_each_forwarded_address_has_its_own_bucket()
    {
        using var proxy = host.Api.ClientFrom(Proxy);

        Assert.Equal(404, await ReadJobAsync(proxy, forwardedFor: "198.51.100.11"));
        Assert.Equal(404, await ReadJobAsync(proxy, forwardedFor: "198.51.100.11"));
        Assert.Equal(429, await ReadJobAsync(proxy, forwardedFor: "198.51.100.11"));

        // Only the proxy's own hop is believed: what the client wrote before it changes nothing.
        Assert.Equal(429, await ReadJobAsync(proxy, forwardedFor: "203.0.113.5, 198.51.100.11"));
        Assert.Equal(404, await ReadJobAsync(proxy, forwardedFor: "198.51.100.12"));

        // The proxy's own requests (no header) are a client like any other.
        Assert.Equal(404, await ReadJobAsync(proxy, forwardedFor: null));
    }

    [Fact]
    public async Task Refusals_are_counted_by_policy_in_the_metrics()
    {
        using var client = host.Api.ClientFrom("192.0.2.30");
        for (var i = 0; i < 3; i++)
        {
            await ReadJobAsync(client, forwardedFor: null);
        }

        // /metrics answers loopback clients only.
        using var local = host.Api.ClientFrom("127.0.0.1");
        var metrics = await local.GetStringAsync("/metrics");
        var refused = metrics.Split('\n').Single(l => l.StartsWith("aspnetcore_rate_limiting_requests_total{", StringComparison.Ordinal)
            && l.Contains("aspnetcore_rate_limiting_policy=\"Reads\"", StringComparison.Ordinal)
            && l.Contains("aspnetcore_rate_limiting_result=\"endpoint_limiter\"", StringComparison.Ordinal));
        Assert.True(double.Parse(refused.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture) >= 1, refused);
    }

    [Fact]
    public async Task Zero_permits_turn_one_limit_off_and_leave_the_others_on()
    {
        using var client = host.Api.ClientFrom("192.0.2.40");

        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(400, await MergeWithoutBodyAsync(client));
        }

        Assert.Equal(404, await ReadJobAsync(client, forwardedFor: null));
        Assert.Equal(404, await ReadJobAsync(client, forwardedFor: null));
        Assert.Equal(429, await ReadJobAsync(client, forwardedFor: null));
    }

    [Fact]
    public async Task Enabled_false_turns_every_limit_off()
    {
        await using var api = new LimitedApiHost(new Dictionary<string, string?>(Host.Limits)
        {
            ["RateLimits:Enabled"] = "false",
            ["RateLimits:GalleryWrites:PermitsPerMinute"] = "1",
            ["RateLimits:GalleryWrites:Burst"] = "1",
        });
        using var client = api.ClientFrom("192.0.2.50");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(400, (await client.PostAsync("/api/upload", NoFile()).ReadAsync()).Status);
            Assert.Equal(404, await ReadJobAsync(client, forwardedFor: null));
            Assert.Equal(400, (await client.PostAsync("/api/faces/detect", Http.Form(("note", "no image"))).ReadAsync()).Status);
            Assert.Equal(400, await MergeWithoutBodyAsync(client));
        }
    }

    private static async Task<int> ReadJobAsync(HttpClient client, string? forwardedFor)
    {
        using var response = await client.SendAsync(JobRead(forwardedFor));
        return (int)response.StatusCode;
    }

    private static async Task<int> MergeWithoutBodyAsync(HttpClient client)
    {
        using var merge = new HttpRequestMessage(HttpMethod.Post, $"/api/people/{Guid.NewGuid()}/merge");
        merge.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        using var response = await client.SendAsync(merge);
        return (int)response.StatusCode;
    }

    private static HttpRequestMessage JobRead(string? forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/classification/{Guid.NewGuid()}");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }

    private static MultipartFormDataContent NoFile() => Http.Form(("name", "Ann"), ("email", "ann@example.com"));

    private static async Task<MultipartFormDataContent> VideoAsync() =>
        NoFile().WithFile("file", await File.ReadAllBytesAsync(TestVideos.Pattern("mp4")));

    private static string TooManyRequests(string error) =>
        $$"""{"status":{"code":429,"message":"too many requests"},"error":{{JsonSerializer.Serialize(error)}}}""";

    /// <summary>Uploads 30 a minute in bursts of 3; reads 1 a minute in bursts of 2; the engine 1 a minute, 1 at once; gallery writes off.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public static readonly IReadOnlyDictionary<string, string?> Limits = new Dictionary<string, string?>
        {
            ["RateLimits:Uploads:PermitsPerMinute"] = "30",
            ["RateLimits:Uploads:Burst"] = "3",
            ["RateLimits:Reads:PermitsPerMinute"] = "1",
            ["RateLimits:Reads:Burst"] = "2",
            ["RateLimits:Engine:PermitsPerMinute"] = "1",
            ["RateLimits:Engine:Burst"] = "1",
            ["RateLimits:GalleryWrites:PermitsPerMinute"] = "0",
            ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        };

        public LimitedApiHost Api { get; } = new(Limits);

        public Task InitializeAsync()
        {
            _ = Api.Factory.Server;
            return Task.CompletedTask;
        }

        public Task DisposeAsync() => Api.DisposeAsync().AsTask();
    }
}
