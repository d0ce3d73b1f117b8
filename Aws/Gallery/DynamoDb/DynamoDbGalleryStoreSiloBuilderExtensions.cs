using FaceClassifier.Gallery.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Gallery.DynamoDb;

/// <summary>Registers the DynamoDB gallery store.</summary>
public static class DynamoDbGalleryStoreSiloBuilderExtensions
{
    /// <summary>
    /// Uses <see cref="DynamoDbGalleryStore"/> as the <see cref="IGalleryStore"/>, its table made sure of at silo start.
    /// A plain registration, so it wins over the file store, which is added with TryAdd, before or after this.
    /// </summary>
    public static ISiloBuilder AddDynamoDbGalleryStore(this ISiloBuilder builder, Action<OptionsBuilder<DynamoDbGalleryStoreOptions>> configure)
    {
        builder.Services.AddAwsClients();
        var options = builder.Services.AddOptions<DynamoDbGalleryStoreOptions>();
        configure(options);
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DynamoDbGalleryStoreOptions>, DynamoDbGalleryStoreOptionsValidator>());
        builder.Services.AddSingleton<DynamoDbGalleryStore>();
        builder.Services.AddSingleton<IGalleryStore>(sp => sp.GetRequiredService<DynamoDbGalleryStore>());
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<DynamoDbGalleryStore>());
        return builder;
    }
}
