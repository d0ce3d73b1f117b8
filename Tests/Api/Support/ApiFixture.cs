using System.Net.Http.Headers;
using System.Text.Json;

namespace FaceClassifier.Tests.Api.Support;

/// <summary>One API host (API key configured) shared by the API tests.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api host";
}

/// <summary>Helpers to build requests and read envelopes exactly.</summary>
public static class Http
{
    public static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public static MultipartFormDataContent WithFile(this MultipartFormDataContent form, string field, byte[] bytes, string fileName = "clip.mp4")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, field, fileName);
        return form;
    }

    public static async Task<(int Status, string Body)> ReadAsync(this Task<HttpResponseMessage> request)
    {
        using var response = await request;
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The exact body of a 400 answer.</summary>
    public static string BadRequest(string error) =>
        $$"""{"status":{"code":400,"message":"bad request"},"error":{{JsonSerializer.Serialize(error)}}}""";

    /// <summary>The exact body of a 404 answer.</summary>
    public static string NotFound(string error) =>
        $$"""{"status":{"code":404,"message":"not found"},"error":{{JsonSerializer.Serialize(error)}}}""";

    /// <summary>The exact body of a 401 answer.</summary>
    public static string Unauthorized(string error) =>
        $$"""{"status":{"code":401,"message":"unauthorized"},"error":{{JsonSerializer.Serialize(error)}}}""";

    /// <summary>Property names of a JSON object, in order.</summary>
    public static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
