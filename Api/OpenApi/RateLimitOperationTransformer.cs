using System.Text.Json.Nodes;
using FaceClassifier.Api.RateLimiting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace FaceClassifier.Api.OpenApi;

/// <summary>Adds the 429 answer, with Retry-After, to every operation that carries a rate limit, as this server sets it.</summary>
internal sealed class RateLimitOperationTransformer(IOptions<RateLimitOptions> options) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var policy = context.Description.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().LastOrDefault()?.PolicyName;
        if (policy is null)
        {
            return Task.CompletedTask;
        }

        var limit = options.Value.For(policy);
        var setting = $"{RateLimitOptions.Section}__{policy}__PermitsPerMinute and __Burst";
        var current = !options.Value.Enabled || limit.Off
            ? "off on this server"
            : $"{limit.PermitsPerMinute} a minute, {limit.Burst} at once on this server";
        var example = limit.Off ? new RateLimitOptions().For(policy) : limit;
        var wait = (int)Math.Ceiling(60.0 / example.PermitsPerMinute);

        operation.Responses ??= [];
        operation.Responses["429"] = new OpenApiResponse
        {
            Description = $"Too many requests from this client address for the {policy} limit ({setting}; {current}). Retry-After says how many seconds to wait.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds until the next request is allowed.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                },
            },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = DocSchemas.ErrorEnvelope(),
                    Example = JsonNode.Parse(ApiExamples.Error(429, "too many requests", RateLimitRejection.Message((policy, example), wait))),
                },
            },
        };
        return Task.CompletedTask;
    }
}
