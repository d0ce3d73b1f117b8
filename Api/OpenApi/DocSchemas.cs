using Microsoft.OpenApi;

namespace FaceClassifier.Api.OpenApi;

/// <summary>Schemas for what the handlers' types do not declare: request forms and the error envelopes of filters and the exception handler.</summary>
internal static class DocSchemas
{
    public static OpenApiSchema Text(string description, int? maxLength = null, string? format = null) =>
        new() { Type = JsonSchemaType.String, Description = description, MaxLength = maxLength, Format = format };

    public static OpenApiSchema Binary(string description) =>
        new() { Type = JsonSchemaType.String, Format = "binary", Description = description };

    public static OpenApiSchema Status() => Object(
        "The outcome: the HTTP code and a fixed message (success, bad request, unauthorized, forbidden, not found, conflict, too many requests, internal server error).",
        [("code", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" }, true), ("message", Text("Fixed text for the code."), true)]);

    /// <summary>{"status": {...}, "error": "..."}: every 400, 401, 403, 404, 409 and 429.</summary>
    public static OpenApiSchema ErrorEnvelope() => Object(
        "An answer that did not succeed, with what is wrong in words.",
        [("status", Status(), true), ("error", Text("What is wrong, readable by a person."), true)]);

    /// <summary>{"status": {...}}: the 500 answer, which says nothing about the failure.</summary>
    public static OpenApiSchema StatusEnvelope() => Object("An unexpected failure; details are logged, never returned.", [("status", Status(), true)]);

    public static OpenApiSchema Form(params (string Name, IOpenApiSchema Schema, bool Required)[] fields) =>
        Object("multipart/form-data fields", fields);

    public static OpenApiSchema Object(string description, IEnumerable<(string Name, IOpenApiSchema Schema, bool Required)> fields)
    {
        var list = fields.ToList();
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = description,
            Properties = list.ToDictionary(f => f.Name, f => f.Schema),
            Required = list.Where(f => f.Required).Select(f => f.Name).ToHashSet(),
        };
    }

    public static OpenApiSchema ArrayOf(IOpenApiSchema items, string description) =>
        new() { Type = JsonSchemaType.Array, Items = items, Description = description };
}
