using FaceClassifier.Persistence.Files;
using FaceClassifier.Providers;
using FaceClassifier.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(FileProviders.Name, ProviderKinds.GrainStorage, ProviderRegistry.Silo, typeof(FileGrainStorageProviderBuilder))]

namespace FaceClassifier.Persistence.Files;

/// <summary>Grain storage "File": one file per grain state under the data folder.</summary>
internal sealed class FileGrainStorageProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection) =>
        builder.AddFileGrainStorage(
            name ?? throw new ArgumentNullException(nameof(name), "Grain storage providers are named."),
            options => options.Configure<DataDirectory>((storage, data) => storage.RootDirectory = data.State));
}
