using FaceClassifier.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>Registers the S3 blob store's parts: options from section "Storage", their validation at start, the bucket check, the store and its links.</summary>
public static class S3BlobStoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="S3BlobStore"/>, <see cref="S3BlobLinks"/> and the bucket check; needs an IAmazonS3 (services.AddAwsClients()).</summary>
    public static IServiceCollection AddS3BlobStore(this IServiceCollection services)
    {
        services.AddOptions<S3StorageOptions>().BindConfiguration(S3StorageOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<S3StorageOptions>, S3StorageOptionsValidator>());
        services.AddOptions<SignedUrlOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SignedUrlOptions>, S3SignedUrlOptionsValidator>());
        services.TryAddSingleton<S3Bucket>();
        services.TryAddSingleton<S3BlobStore>();
        services.TryAddSingleton<S3BlobLinks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, S3BucketStartup>());
        return services;
    }
}
