using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Gallery.Storage.Files;

/// <summary>Registers the file gallery store.</summary>
public static class FileGalleryStoreSiloBuilderExtensions
{
    /// <summary>
    /// Uses <see cref="FileGalleryStore"/> as the <see cref="IGalleryStore"/> unless one is registered already (TryAdd), so a
    /// state provider's own store wins whichever is added first.
    /// </summary>
    public static ISiloBuilder AddFileGalleryStore(this ISiloBuilder builder, Action<OptionsBuilder<FileGalleryStoreOptions>> configure)
    {
        var options = builder.Services.AddOptions<FileGalleryStoreOptions>();
        configure(options);
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileGalleryStoreOptions>, FileGalleryStoreOptionsValidator>());
        builder.Services.TryAddSingleton<IGalleryStore, FileGalleryStore>();
        return builder;
    }
}
