using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Api.Security;

/// <summary>Uploads stay public until a key has the upload role; keys change while the host runs, without a restart.</summary>
[Trait("Kind", "integration")]
public sealed class KeyRotationApiTests : IAsyncLifetime
{
    private const string Rotated = "ci-upload-key-rotated-2026";

    private readonly ApiFactory _factory = new(apiKey: null);
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _factory.Settings.Replace(new Dictionary<string, string?>
        {
            ["Security:Keys:0:Name"] = "curator",
            ["Security:Keys:0:Key"] = KeyedApiFixture.GalleryKey,
            ["Security:Keys:0:Roles:0"] = "gallery",
        });
        _http = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task An_upload_key_added_then_rotated_then_removed_takes_effect_on_the_next_request()
    {
        Assert.Equal(200, await UploadAsync(key: null));
        Assert.Equal(401, await StatusAsync("/api/classification", key: null));

        _factory.Settings.Replace(KeyedApiFixture.Settings(KeyedApiFixture.UploadKey));
        Assert.Equal(401, await UploadAsync(key: null));
        Assert.Equal(200, await UploadAsync(KeyedApiFixture.UploadKey));

        _factory.Settings.Replace(KeyedApiFixture.Settings(Rotated));
        Assert.Equal(401, await UploadAsync(KeyedApiFixture.UploadKey));
        Assert.Equal(200, await UploadAsync(Rotated));
        Assert.Equal(200, await StatusAsync("/api/classification", KeyedApiFixture.GalleryKey));

        _factory.Settings.Replace(new Dictionary<string, string?>());
        Assert.Equal(200, await UploadAsync(key: null));
        Assert.Equal(200, await StatusAsync("/api/classification", key: null));
    }

    private async Task<int> UploadAsync(string? key)
    {
        var form = Http.Form(("name", "Ann"), ("email", "ann@example.com")).WithFile("file", await File.ReadAllBytesAsync(PatternVideo.Make("mp4")));
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/upload") { Content = form }, key);
    }

    private Task<int> StatusAsync(string path, string? key) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path), key);

    private async Task<int> SendAsync(HttpRequestMessage request, string? key)
    {
        using (request)
        {
            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            return (await _http.SendAsync(request).ReadAsync()).Status;
        }
    }
}
