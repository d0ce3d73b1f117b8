using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Gallery.DynamoDb;
using FaceClassifier.Gallery;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Gallery.Storage.Files;
using FaceClassifier.Hosting;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Hosting;

/// <summary>Which gallery store a silo gets from State:Provider, and where it points, without starting the silo.</summary>
[Trait("Kind", "unit")]
public sealed class GalleryStoreHostingTests : IDisposable
{
    private readonly string _data = TestAssets.TempDirectory();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void The_file_state_keeps_gallery_people_under_the_data_folder_paged_as_the_gallery_asks()
    {
        using var host = Build([]);

        Assert.IsType<FileGalleryStore>(host.Services.GetRequiredService<IGalleryStore>());
        var options = host.Services.GetRequiredService<IOptions<FileGalleryStoreOptions>>().Value;
        Assert.Equal((Path.Combine(_data, "gallery"), 50), (options.RootDirectory, options.PageSize));
    }

    [Fact]
    public void DynamoDB_state_keeps_gallery_people_in_the_prefixed_table_even_with_the_file_store_added_first()
    {
        using var host = Build([new("State:Provider", "DynamoDB"), new("State:TablePrefix", "fc-"), new("Aws:CreateResources", "true"),
            // An endpoint of its own, so the client needs no region from the machine; nothing is sent to it.
            new("Aws:DynamoDb:ServiceUrl", "http://127.0.0.1:9")]);

        Assert.IsType<DynamoDbGalleryStore>(host.Services.GetRequiredService<IGalleryStore>());
        var options = host.Services.GetRequiredService<IOptions<DynamoDbGalleryStoreOptions>>().Value;
        Assert.Equal(("fc-" + StateTables.GalleryPeople, true, 50), (options.TableName, options.CreateIfNotExists, options.PageSize));
    }

    private IHost Build(KeyValuePair<string, string?>[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new(DataDirectory.Variable, _data), .. settings]);
        builder.Services.Configure<GalleryOptions>(o => o.RebuildPageSize = 50);
        builder.UseOrleans(silo =>
        {
            silo.AddFileGalleryStore(_ => { });
            silo.AddFaceClassifier();
        });
        return builder.Build();
    }
}
