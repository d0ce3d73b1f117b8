using FaceClassifier.Api.Security;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.OpenApi;
using static FaceClassifier.Api.OpenApi.ApiExamples;

namespace FaceClassifier.Api.OpenApi;

/// <summary>What the document says about an endpoint that needs a key role: its security requirement, a sentence, its 401 and 403.</summary>
internal static class KeyRoleDocs
{
    /// <summary>The role the endpoint was mapped with (RequireRole), if any.</summary>
    public static KeyRole? RoleOf(ApiDescription description) =>
        description.ActionDescriptor.EndpointMetadata.OfType<KeyRoleRequirement>().LastOrDefault()?.Role;

    public static string Sentence(KeyRole role) => role == KeyRole.Upload
        ? "Key: public unless the server has a key with the upload role (Security__Keys); then X-Api-Key must hold a key with that role."
        : $"Key: when the server has any key (Security__Keys, or Security__ApiKey, which has the gallery and admin roles), X-Api-Key must hold a key with the {role.Name()} role.";

    /// <summary>The scheme with the role as its one scope (OpenAPI 3.1 allows role names there); uploads also without a key.</summary>
    public static List<OpenApiSecurityRequirement> Security(KeyRole role, OpenApiDocument? document)
    {
        var keyed = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.ApiKeyScheme, document)] = [role.Name()] };
        return role == KeyRole.Upload ? [keyed, new OpenApiSecurityRequirement()] : [keyed];
    }

    public static IReadOnlyList<ResponseDoc> Responses(KeyRole role) =>
    [
        new(401, "The key is required and X-Api-Key is missing, or it holds none of the server's keys.", Unauthorized),
        new(403, $"The key is valid but does not have the {role.Name()} role.", Error(403, "forbidden", KeyRoleFilter.Refusal(role))),
    ];
}
