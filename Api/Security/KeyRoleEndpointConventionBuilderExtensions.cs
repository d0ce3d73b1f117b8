namespace FaceClassifier.Api.Security;

/// <summary>The role an endpoint needs, as endpoint metadata for the OpenAPI document.</summary>
public sealed record KeyRoleRequirement(KeyRole Role);

/// <summary>Applies <see cref="KeyRoleFilter"/>.</summary>
public static class KeyRoleEndpointConventionBuilderExtensions
{
    /// <summary>The endpoints need a key with <paramref name="role"/> when <see cref="KeyRing"/> guards it.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, KeyRole role)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new KeyRoleRequirement(role)).AddEndpointFilter(new KeyRoleFilter(role));
}
