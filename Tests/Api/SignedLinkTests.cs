using System.Text.Json;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api;

/// <summary>Links to stored files: signed, expiring (checked with a fake clock), and unexplained when they fail.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class SignedLinkTests(ApiFixture fixture)
{
    private readonly HttpClient _http = fixture.Client;

    [Fact]
    public async Task A_video_link_serves_the_video_until_it_expires()
    {
        var id = Guid.NewGuid();
        byte[] video = [.. Enumerable.Range(0, 50_000).Select(i => (byte)(i % 251))];
        await fixture.Factory.Blobs!.WriteAsync(BlobKeys.Video(id), new MemoryStream(video), video.Length);
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        var link = await VideoLinkAsync(id);

        using (var ok = await _http.GetAsync(link))
        {
            Assert.Equal(200, (int)ok.StatusCode);
            Assert.Equal(video, await ok.Content.ReadAsByteArrayAsync());
        }

        using (var range = new HttpRequestMessage(HttpMethod.Get, link))
        {
            range.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(100, 199);
            using var partial = await _http.SendAsync(range);
            Assert.Equal(206, (int)partial.StatusCode);
            Assert.Equal(video[100..200], await partial.Content.ReadAsByteArrayAsync());
        }

        fixture.Factory.UrlClock.Advance(TimeSpan.FromHours(1));
        Assert.Equal((403, Forbidden("the link has expired")), await _http.GetAsync(link).ReadAsync());
        Assert.Equal(200, (await _http.GetAsync(await VideoLinkAsync(id)).ReadAsync()).Status);
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);
    }

    [Theory]
    [InlineData("sig=", "sig=AAAA")]
    [InlineData("expires=", "expires=1")]
    [InlineData("/video?", "/other?")]
    public async Task A_tampered_link_is_refused(string part, string replacement)
    {
        var id = Guid.NewGuid();
        await fixture.Factory.Blobs!.WriteAsync(BlobKeys.Video(id), new MemoryStream([1, 2, 3]), 10);
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        var link = await VideoLinkAsync(id);
        var tampered = part == "/video?" ? link.Replace(part, replacement) : link[..link.IndexOf(part)] + replacement + (part == "sig=" ? "" : link[link.IndexOf('&')..]);

        Assert.Equal((403, Forbidden("the link is not valid")), await _http.GetAsync(tampered).ReadAsync());
        Assert.Equal((403, Forbidden("the link is not valid")), await _http.GetAsync($"/files/{BlobKeys.Video(id)}").ReadAsync());
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);
    }

    [Fact]
    public async Task A_storage_failure_is_a_500_that_says_nothing_about_it()
    {
        var key = BlobKeys.Video(Guid.NewGuid());
        fixture.Factory.Blobs!.Break(key);
        var link = fixture.Factory.Services.GetRequiredService<BlobUrlSigner>().CreateUrl(new Uri("http://localhost/"), key);

        var (status, body) = await _http.GetAsync(link).ReadAsync();
        Assert.Equal((500, """{"status":{"code":500,"message":"internal server error"}}"""), (status, body));
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        Assert.Equal((200, """{"status":"ok"}"""), await _http.GetAsync("/health").ReadAsync());
    }

    private async Task<string> VideoLinkAsync(Guid id)
    {
        using var doc = JsonDocument.Parse((await _http.GetAsync($"/api/classification/{id}").ReadAsync()).Body);
        return doc.RootElement.GetProperty("data").GetProperty("video_file_url").GetString()!;
    }

    private static string Forbidden(string error) => $$"""{"status":{"code":403,"message":"forbidden"},"error":"{{error}}"}""";
}
