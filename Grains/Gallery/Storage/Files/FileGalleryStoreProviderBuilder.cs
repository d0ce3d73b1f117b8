using FaceClassifier.Gallery;
using FaceClassifier.Gallery.Storage.Files;
using FaceClassifier.Providers;
using FaceClassifier.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Providers;

[assembly: RegisterProvider(FileProviders.Name, ProviderKinds.Gallery, ProviderRegistry.Silo, typeof(FileGalleryStoreProviderBuilder))]

namespace FaceClassifier.Gallery.Storage.Files;

/// <summary>Gallery "File": one file per person under the data folder's gallery folder, paged as Gallery:RebuildPageSize asks.</summary>
internal sealed class FileGalleryStoreProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection) =>
        builder.AddFileGalleryStore(options => options.Configure<DataDirectory, IOptions<GalleryOptions>>((store, data, gallery) =>
            (store.RootDirectory, store.PageSize) = (data.Gallery, gallery.Value.RebuildPageSize)));
}
