using System.Text.Json;

namespace FaceClassifier.Api.Contracts;

/// <summary>Reads a small JSON object body and its string properties, with the 400 messages.</summary>
public static class JsonBody
{
    /// <summary>The largest JSON body any endpoint takes: every one is a handful of short strings.</summary>
    public const int MaxBytes = 64 << 10;

    /// <summary>The deepest nesting accepted; every body is one flat object.</summary>
    public const int MaxDepth = 8;

    /// <summary>The parsed body, or the error: <paramref name="shape"/> when it is not a JSON object, else what limit it broke.</summary>
    public static async Task<(JsonDocument? Body, string? Error)> ReadObjectAsync(HttpRequest request, string shape)
    {
        if (request.ContentLength > MaxBytes || await ReadBoundedAsync(request) is not { } bytes)
        {
            return (null, $"the body must be at most {MaxBytes >> 10} KB");
        }

        if (DepthOf(bytes) is not { } depth)
        {
            return (null, shape);
        }

        if (depth > MaxDepth)
        {
            return (null, $"the body must not be nested more than {MaxDepth} levels deep");
        }

        var body = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth });
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

    /// <summary>The body, or null when it is longer than <see cref="MaxBytes"/> (the rest is not read).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>How deep objects and arrays nest (one token pass, no tree built; a flat object is 1), or null when it is not one valid JSON value.</summary>
    private static int? DepthOf(byte[] json)
    {
        // Every level takes at least one byte, so this MaxDepth never stops the scan: the depth is measured, not capped.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Math.Max(json.Length, 1) });
        var deepest = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    deepest = Math.Max(deepest, reader.CurrentDepth + 1);
                }
            }

            return deepest;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
