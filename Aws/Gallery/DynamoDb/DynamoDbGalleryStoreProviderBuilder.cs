using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Gallery.DynamoDb;
using FaceClassifier.Gallery;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Providers;

[assembly: RegisterProvider(DynamoDbProviders.Name, ProviderKinds.Gallery, ProviderRegistry.Silo, typeof(DynamoDbGalleryStoreProviderBuilder))]

namespace FaceClassifier.Aws.Gallery.DynamoDb;

/// <summary>Gallery "DynamoDB": the table {State:TablePrefix}gallery-people, paged as Gallery:RebuildPageSize asks.</summary>
internal sealed class DynamoDbGalleryStoreProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        builder.AddDynamoDbGalleryStore(o =>
        {
            o.UseStateTable(configurationSection, StateTables.GalleryPeople);
            o.Configure<IOptions<GalleryOptions>>((store, gallery) => store.PageSize = gallery.Value.RebuildPageSize);
        });
    }
}
