using FaceClassifier.Tests.Testing;
using Orleans.TestingHost;

namespace FaceClassifier.Tests.Grains.Support;

/// <summary>One silo with the real storage, reminders and streams, shared by the service tests.</summary>
public sealed class ServiceClusterFixture : IAsyncLifetime
{
    public string DataDirectory { get; } = TestAssets.TempDirectory();

    public ScriptedJobAnalysis Analysis { get; } = new();

    public RecordingNotificationChannel Channel { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync() =>
        Cluster = await ServiceCluster.StartAsync(DataDirectory, Analysis, Channel, $"service-tests-{Guid.NewGuid():N}");

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ServiceClusterCollection : ICollectionFixture<ServiceClusterFixture>
{
    public const string Name = "service cluster";
}
