using Microsoft.OpenApi;

namespace FaceClassifier.Api.OpenApi;

/// <summary>What the document says about one endpoint beyond what its handler's types and metadata (the key role) tell the generator.</summary>
internal sealed record OperationDoc(string Tag, string Summary, string Description)
{
    /// <summary>The body, for handlers that read it themselves (multipart forms, the PUT object).</summary>
    public RequestDoc? Request { get; init; }

    public IReadOnlyList<ResponseDoc> Responses { get; init; } = [];
}

/// <summary>A request body: its media type, schema and example.</summary>
internal sealed record RequestDoc(string ContentType, Func<IOpenApiSchema> Schema, string? Example = null);

/// <summary>One response: status code, what it means, an example body (JSON) and, for non-JSON, its media type.</summary>
internal sealed record ResponseDoc(int Code, string Description, string? Example, string ContentType = "application/json");
