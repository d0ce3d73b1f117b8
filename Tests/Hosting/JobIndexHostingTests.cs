using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Jobs.DynamoDb;
using FaceClassifier.Hosting;
using FaceClassifier.Jobs.Index;
using FaceClassifier.Jobs.Index.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Hosting;

/// <summary>Which job index a silo gets from State:Provider, and where it points, without starting the silo.</summary>
[Trait("Kind", "unit")]
public sealed class JobIndexHostingTests : IDisposable
{
    private readonly string _data = TestAssets.TempDirectory();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void The_file_state_keeps_the_jobs_list_under_the_data_folder()
    {
        using var host = Build([]);

        Assert.IsType<FileJobIndex>(host.Services.GetRequiredService<IJobIndex>());
        Assert.Equal(Path.Combine(_data, "job-index"), host.Services.GetRequiredService<IOptions<FileJobIndexOptions>>().Value.RootDirectory);
    }

    [Fact]
    public void DynamoDB_state_keeps_the_jobs_list_in_the_prefixed_table()
    {
        using var host = Build([new("State:Provider", "DynamoDB"), new("State:TablePrefix", "fc-"), new("Aws:CreateResources", "true"),
            // An endpoint of its own, so the client needs no region from the machine; nothing is sent to it.
            new("Aws:DynamoDb:ServiceUrl", "http://127.0.0.1:9")]);

        Assert.IsType<DynamoDbJobIndex>(host.Services.GetRequiredService<IJobIndex>());
        var options = host.Services.GetRequiredService<IOptions<DynamoDbJobIndexOptions>>().Value;
        Assert.Equal(("fc-" + StateTables.JobIndex, true), (options.TableName, options.CreateIfNotExists));
    }

    private IHost Build(KeyValuePair<string, string?>[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new(DataDirectory.Variable, _data), .. settings]);
        builder.UseOrleans(silo => silo.AddFaceClassifier());
        return builder.Build();
    }
}
