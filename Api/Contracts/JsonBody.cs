using System.Text.Json;

namespace FaceClassifier.Api.Contracts;

/// <summary>Reads a small JSON object body and its string properties, with the 400 messages.</summary>
public static class JsonBody
{
    /// <summary>The parsed body, or <paramref name="shape"/> as the error when it is not a JSON object.</summary>
    public static async Task<(JsonDocument? Body, string? Error)> ReadObjectAsync(HttpRequest request, string shape)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, shape);
        }

        if (body.RootElement.ValueKind != JsonValueKind.Object)
        {
            body.Dispose();
            return (null, shape);
        }

        return (body, null);
    }

    /// <summary>The trimmed string property (null when absent or null); Ok is false when it is present but not a string.</summary>
    public static (string? Value, bool Ok) StringProperty(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? (null, true)
        : value.ValueKind == JsonValueKind.String ? (value.GetString()!.Trim(), true)
        : (null, false);
}
