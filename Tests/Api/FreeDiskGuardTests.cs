using FaceClassifier.Tests.Api.Support;
using Microsoft.AspNetCore.Hosting;

namespace FaceClassifier.Tests.Api;

/// <summary>Uploads stop with 503 and Retry-After while the data folder's disk has less free space than Upload:MinFreeBytes.</summary>
[Trait("Kind", "integration")]
public sealed class FreeDiskGuardTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_upload_when_the_disk_is_short_of_the_minimum_is_a_503_with_retry_after_and_stores_nothing()
    {
        var free = new DriveInfo(_factory.DataDirectory).AvailableFreeSpace;
        // More than the disk has free, so the real disk is "full" for this host.
        using var host = _factory.WithWebHostBuilder(b => b.UseSetting("Upload:MinFreeBytes", (free + (1L << 40)).ToString()));
        using var http = host.CreateClient();
        var form = Http.Form(("name", "Ann"), ("email", "ann@example.com")).WithFile("file", [1, 2, 3]);

        using var response = await http.PostAsync("/api/upload", form);

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("""{"status":{"code":503,"message":"service unavailable"},"error":"the server is low on disk space (""", body);
        Assert.EndsWith(""" MB needed); try again later"}""", body);
        Assert.False(Directory.Exists(Path.Combine(_factory.DataDirectory, "blobs", "videos")));
    }

    [Fact]
    public async Task With_the_check_off_the_same_upload_reaches_validation()
    {
        using var host = _factory.WithWebHostBuilder(b => b.UseSetting("Upload:MinFreeBytes", "0"));
        using var http = host.CreateClient();
        var form = Http.Form(("name", "Ann"), ("email", "bad")).WithFile("file", [1, 2, 3]);

        var (status, body) = await http.PostAsync("/api/upload", form).ReadAsync();

        Assert.Equal((400, Http.BadRequest("email is not a valid email address")), (status, body));
    }
}
