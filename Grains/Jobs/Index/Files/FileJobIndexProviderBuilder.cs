using FaceClassifier.Jobs.Index.Files;
using FaceClassifier.Providers;
using FaceClassifier.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(FileProviders.Name, ProviderKinds.JobIndex, ProviderRegistry.Silo, typeof(FileJobIndexProviderBuilder))]

namespace FaceClassifier.Jobs.Index.Files;

/// <summary>Job index "File": one file per job under the data folder's job-index folder.</summary>
internal sealed class FileJobIndexProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection) =>
        builder.AddFileJobIndex(options => options.Configure<DataDirectory>((index, data) => index.RootDirectory = data.JobIndex));
}
