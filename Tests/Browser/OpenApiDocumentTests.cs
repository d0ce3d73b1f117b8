using System.Text.Json;
using FaceClassifier.Api.OpenApi;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Browser.Support;

namespace FaceClassifier.Tests.Browser;

/// <summary>/openapi/v1.json describes every REST endpoint, with the envelopes and an example for every answer.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class OpenApiDocumentTests(BrowserFixture fixture)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Every_endpoint_is_documented_with_a_summary_and_an_example_for_each_answer()
    {
        using var document = await LoadAsync();
        var operations = Operations(document.RootElement).ToDictionary(o => o.Key, o => o.Operation);
        var limited = RateLimitedOperations();

        Assert.Equal(ApiCatalog.Endpoints.Keys.Order(StringComparer.Ordinal), operations.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, doc) in ApiCatalog.Endpoints)
        {
            var operation = operations[key];
            Assert.Equal(doc.Summary, operation.GetProperty("summary").GetString());
            Assert.Equal(doc.Tag, operation.GetProperty("tags")[0].GetString());
            var responses = operation.GetProperty("responses");
            // An endpoint that needs a key role gets its 401 and 403 from the role, and a rate-limited one its 429, not from the catalog.
            int[] keyed = operation.TryGetProperty("security", out _) ? [401, 403] : [];
            int[] limit = limited.Contains(key) ? [429] : [];
            var codes = doc.Responses.Select(r => r.Code).Concat(keyed).Concat(limit).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(codes.Order(), responses.EnumerateObject().Select(r => r.Name).Order());
            foreach (var response in doc.Responses.Where(r => r.Example is not null))
            {
                var example = responses.GetProperty(response.Code.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .GetProperty("content").GetProperty("application/json").GetProperty("example");
                var status = example.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
                Assert.True(key == "GET /health" || status.GetProperty("code").GetInt32() == response.Code, $"{key} {response.Code}: the example's status.code");
            }
        }
    }

    [Fact]
    public async Task Error_answers_point_to_the_error_envelope_with_status_and_error()
    {
        using var document = await LoadAsync();
        var root = document.RootElement;
        var notFound = root.GetProperty("paths").GetProperty("/api/classification/{id}").GetProperty("get")
            .GetProperty("responses").GetProperty("404").GetProperty("content").GetProperty("application/json");

        var schema = Resolve(root, notFound.GetProperty("schema"));
        Assert.Equal(["error", "status"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("not found", notFound.GetProperty("example").GetProperty("status").GetProperty("message").GetString());
        var job = root.GetProperty("components").GetProperty("schemas").GetProperty("JobDocument").GetProperty("properties");
        Assert.Equal(["processing", "completed", "error"], job.GetProperty("status").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Every_rate_limited_operation_documents_its_429_with_Retry_After()
    {
        using var document = await LoadAsync();
        var operations = Operations(document.RootElement).ToDictionary(o => o.Key, o => o.Operation);

        var upload = operations["POST /api/upload"].GetProperty("responses").GetProperty("429");
        Assert.Equal(
            "Too many requests from this client address for the Uploads limit (RateLimits__Uploads__PermitsPerMinute and __Burst; off on this server). Retry-After says how many seconds to wait.",
            upload.GetProperty("description").GetString());
        var example = upload.GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("""{"code":429,"message":"too many requests"}""", JsonSerializer.Serialize(example.GetProperty("status")));
        Assert.Equal(
            "too many uploads and job changes from this address (the Uploads limit: 10 a minute, 10 at once); try again in 6 s",
            example.GetProperty("error").GetString());
        Assert.NotEmpty(RateLimitedOperations());
        foreach (var key in RateLimitedOperations())
        {
            var response = operations[key].GetProperty("responses").GetProperty("429");
            Assert.Equal("integer", response.GetProperty("headers").GetProperty("Retry-After").GetProperty("schema").GetProperty("type").GetString());
            Assert.Equal(429, response.GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("status").GetProperty("code").GetInt32());
        }

        Assert.False(operations["GET /health"].GetProperty("responses").TryGetProperty("429", out _));
    }

    /// <summary>"METHOD /route" of every endpoint with a rate limit, as the document names operations.</summary>
    private HashSet<string> RateLimitedOperations() =>
        [.. EndpointRateLimits.Of(fixture.App.Services).Where(e => e.Policy is not null).Select(e => e.Key.Replace("{**", "{", StringComparison.Ordinal))];

    private async Task<JsonDocument> LoadAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        return JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
    }

    private static IEnumerable<(string Key, JsonElement Operation)> Operations(JsonElement root) =>
        from path in root.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where Methods.Contains(method.Name)
        select ($"{method.Name.ToUpperInvariant()} {path.Name}", method.Value);

    private static JsonElement Resolve(JsonElement root, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;
}
