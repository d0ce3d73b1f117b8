using FaceClassifier.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceClassifier.Hosting;

/// <summary>Where videos and frames live: the data folder (Storage:Provider=Local, the default) or an S3 bucket.</summary>
public static class BlobHosting
{
    public const string Section = "Storage";
    public const string Local = "Local";
    public const string S3 = "S3";

    public static IServiceCollection AddConfiguredBlobStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderSettings.Provider(configuration, Section, Local, S3);
        if (provider == Local)
        {
            services.TryAddSingleton<IBlobStore, LocalBlobStore>();
        }
        else
        {
            throw new InvalidOperationException("Storage:Provider=S3 is not wired yet.");
        }

        return services;
    }
}
