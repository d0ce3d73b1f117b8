using System.Text.Json;
using FaceClassifier.Tests.Api.Support;

namespace FaceClassifier.Tests.Api.Security;

/// <summary>/openapi/v1.json has the X-Api-Key scheme and, on each guarded operation, the role it needs.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class KeyRoleDocumentTests(ApiFixture fixture)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_scheme_is_an_api_key_in_the_x_api_key_header()
    {
        using var document = await LoadAsync();

        // Role names as a requirement's scopes for an apiKey scheme are allowed from OpenAPI 3.1 on.
        Assert.StartsWith("3.1.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        Assert.Contains("upload, gallery, admin", scheme.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_guarded_operation_lists_its_role_and_its_401_and_403_and_uploads_may_go_without_a_key()
    {
        using var document = await LoadAsync();
        var operations = (from path in document.RootElement.GetProperty("paths").EnumerateObject()
                          from method in path.Value.EnumerateObject()
                          where Methods.Contains(method.Name)
                          select (Key: $"{method.Name.ToUpperInvariant()} {path.Name}", Operation: method.Value)).ToDictionary(o => o.Key, o => o.Operation);
        var guarded = KeyRoleApiTests.Guarded.ToDictionary(row => $"{row[0]} {KeyRoleApiTests.Template((string)row[1])}", row => (string)row[2]);

        Assert.Equal(guarded.Keys.Order(StringComparer.Ordinal), operations.Where(o => o.Value.TryGetProperty("security", out _)).Select(o => o.Key).Order(StringComparer.Ordinal));
        foreach (var (key, role) in guarded)
        {
            var operation = operations[key];
            var requirements = operation.GetProperty("security").EnumerateArray().Select(r => JsonSerializer.Serialize(r)).ToArray();
            Assert.Equal(role == "upload" ? [$$"""{"ApiKey":["{{role}}"]}""", "{}"] : [$$"""{"ApiKey":["{{role}}"]}"""], requirements);
            Assert.Contains($"the {role} role", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
            var forbidden = operation.GetProperty("responses").GetProperty("403").GetProperty("content").GetProperty("application/json").GetProperty("example");
            Assert.Equal($"the key in X-Api-Key does not have the {role} role this endpoint needs", forbidden.GetProperty("error").GetString());
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{key} documents its 401");
        }
    }

    private async Task<JsonDocument> LoadAsync() => JsonDocument.Parse(await fixture.Client.GetStringAsync("/openapi/v1.json"));
}
