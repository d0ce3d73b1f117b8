namespace FaceClassifier.Api.Upload;

/// <summary>Applies <see cref="FreeDiskFilter"/>.</summary>
public static class FreeDiskEndpointConventionBuilderExtensions
{
    public static TBuilder RequireFreeDisk<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, FreeDiskFilter>();
}
