using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FaceClassifier.Api.OpenApi;

/// <summary>Adds the catalog's summary, tag, request body and example envelopes, and the key role the endpoint needs, to each operation.</summary>
internal sealed class EnvelopeOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!ApiCatalog.Endpoints.TryGetValue(Key(context.Description), out var doc))
        {
            return Task.CompletedTask;
        }

        operation.Summary = doc.Summary;
        operation.Description = doc.Description;
        operation.Tags = new HashSet<OpenApiTagReference> { new(doc.Tag, context.Document) };
        if (doc.Request is { } request)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [request.ContentType] = new() { Schema = request.Schema(), Example = Parse(request.Example) },
                },
            };
        }

        IReadOnlyList<ResponseDoc> responses = doc.Responses;
        if (KeyRoleDocs.RoleOf(context.Description) is { } role)
        {
            operation.Description = $"{doc.Description} {KeyRoleDocs.Sentence(role)}";
            operation.Security = KeyRoleDocs.Security(role, context.Document);
            responses = [.. doc.Responses, .. KeyRoleDocs.Responses(role)];
        }

        operation.Responses ??= [];
        foreach (var response in responses)
        {
            Describe(operation.Responses, response);
        }

        return Task.CompletedTask;
    }

    /// <summary>"GET /api/classification/{id}" from the description (catch-all markers dropped).</summary>
    internal static string Key(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description) =>
        $"{description.HttpMethod} /{description.RelativePath?.Replace("{**", "{").Replace("{*", "{").TrimEnd('/')}";

    private static void Describe(OpenApiResponses responses, ResponseDoc doc)
    {
        var code = doc.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!responses.TryGetValue(code, out var existing) || existing is not OpenApiResponse response)
        {
            response = new OpenApiResponse();
            responses[code] = response;
        }

        response.Description = doc.Description;
        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        if (!response.Content.TryGetValue(doc.ContentType, out var media))
        {
            // Keep only the media type documented here: the generator lists text/plain and others for typed results.
            response.Content.Clear();
            media = new OpenApiMediaType { Schema = FallbackSchema(doc) };
            response.Content[doc.ContentType] = media;
        }

        media.Schema ??= FallbackSchema(doc);
        media.Example = Parse(doc.Example);
    }

    private static IOpenApiSchema FallbackSchema(ResponseDoc doc) => doc switch
    {
        { ContentType: not "application/json" } => DocSchemas.Binary("The file's bytes."),
        { Code: >= 500 } => DocSchemas.StatusEnvelope(),
        { Code: >= 400 } => DocSchemas.ErrorEnvelope(),
        _ => new OpenApiSchema { Type = JsonSchemaType.Object },
    };

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}
