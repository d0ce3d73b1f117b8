using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FaceClassifier.Api.OpenApi;

/// <summary>The document's title and introduction, its tags and the X-Api-Key security scheme with its roles.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "FaceClassifier API",
            Version = "v1",
            Description =
                "Finds and identifies people in uploaded videos. Every answer is an envelope: " +
                "{\"status\":{\"code\",\"message\"}, ...} with \"id\" and/or \"data\" on success and \"error\" (a readable message) " +
                "on 400, 401, 403 and 404; a 500 carries only the status. Upload a video, then poll GET /api/classification/{id} " +
                "every second or two until status is completed or error. Requests are limited per client address; over a limit " +
                "the answer is 429 with Retry-After (seconds) and an error naming the limit.",
        };
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = ApiCatalog.Jobs, Description = "Upload a video, follow its job, change where the result goes." },
            new() { Name = ApiCatalog.Gallery, Description = "The people the classifier can name. Writes need a key with the gallery role when the server has keys." },
            new() { Name = ApiCatalog.Engine, Description = "The face engine on single images." },
            new() { Name = ApiCatalog.Operations, Description = "Health and dead-lettered notifications." },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description =
                "A key from the server's operator, each with roles: upload, gallery, admin (Security__Keys; Security__ApiKey is a key " +
                "with gallery and admin). Uploads, job changes and the engine need the upload role only once some key has it; " +
                "gallery writes, the jobs list and the admin endpoints need their role once any key is configured. A missing or " +
                "unknown key is a 401, a key without the role a 403. Each operation's security lists the role it needs.",
        };
        return Task.CompletedTask;
    }
}
