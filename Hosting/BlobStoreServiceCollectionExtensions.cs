using FaceClassifier.Providers;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Blobs.S3;
using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceClassifier.Hosting;

/// <summary>Where videos and frames live: the data folder (Storage:Provider=Local, the default) or an S3 bucket.</summary>
public static class BlobStoreServiceCollectionExtensions
{
    public const string Section = "Storage";
    public const string Local = "Local";
    public const string S3 = "S3";

    /// <summary>Adds the configured IBlobStore and the IBlobLinks that makes links to its blobs.</summary>
    public static IServiceCollection AddConfiguredBlobStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderSettings.Provider(configuration, Section, Local, S3);
        if (provider == Local)
        {
            services.TryAddSingleton<IBlobStore, LocalBlobStore>();
            // BlobUrlSigner itself is registered with the shared services: the files endpoint checks its links.
            services.TryAddSingleton<IBlobLinks>(sp => sp.GetRequiredService<BlobUrlSigner>());
        }
        else
        {
            ProviderSettings.Required(configuration, $"{Section}:Bucket", "when Storage:Provider=S3");
            services.AddAwsClients();
            services.AddS3BlobStore();
            services.TryAddSingleton<IBlobStore>(sp => sp.GetRequiredService<S3BlobStore>());
            services.TryAddSingleton<IBlobLinks>(sp => sp.GetRequiredService<S3BlobLinks>());
        }

        return services;
    }
}
