using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FaceClassifier.Api.OpenApi;

/// <summary>Lists the exact values of the job's state strings (status, stage, notification, webhook) in their schemas.</summary>
internal sealed class JobStateSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<(string Type, string Property), string[]> Values = new()
    {
        [("JobDocument", "status")] = ["processing", "completed", "error"],
        [("JobDocument", "stage")] = ["queued", "extracting", "analysing", "rendering", "notifying", "done"],
        [("JobDocument", "notification")] = ["pending", "notified", "notified to new email", "failed"],
        [("JobDocument", "webhook")] = ["none", "pending", "delivered", "failed"],
        [("ContactDocument", "status")] = ["pending", "notified", "notified to new email", "failed"],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        var type = context.JsonTypeInfo.Type.Name;
        foreach (var (name, property) in schema.Properties)
        {
            if (Values.TryGetValue((type, name), out var values) && property is OpenApiSchema text)
            {
                text.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            }
        }

        return Task.CompletedTask;
    }
}
