namespace FaceClassifier.Api.Security;

/// <summary>Applies <see cref="ApiKeyFilter"/>.</summary>
public static class ApiKeyEndpointConventionBuilderExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>();
}
