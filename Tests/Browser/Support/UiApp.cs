using System.Net;
using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Tests.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace FaceClassifier.Tests.Browser.Support;

/// <summary>
/// The real API process (co-hosted silo included) on Kestrel at 127.0.0.1 with a free port, its silo on free
/// ports and its data in a fresh folder, so a browser can reach it. Rate limits are off unless
/// <paramref name="settings"/> turn them on.
/// </summary>
public sealed class UiApp(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string ApiKey = "browser-test-key";

    private readonly int _siloPort = FreePort.Next();
    private readonly int _gatewayPort = FreePort.Next();

    public string DataDirectory { get; } = TestAssets.TempDirectory();

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Settings over all others that a test may change while the app runs (and must put back).</summary>
    public ReloadableSettings Settings { get; } = new();

    /// <summary>Holds chunk analyses when a test arms it.</summary>
    public AnalysisGate Analysis => Services.GetRequiredService<AnalysisGate>();

    public void Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("FACECLASSIFIER_DATA", DataDirectory);
        builder.UseSetting("Orleans:SiloPort", _siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", _gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:ApiKey", ApiKey);
        builder.UseSetting("RateLimits:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.Add(Settings));
        builder.ConfigureTestServices(services =>
        {
            services.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.AdvertisedIPAddress = IPAddress.Loopback;
                endpoints.SiloPort = _siloPort;
                endpoints.GatewayPort = _gatewayPort;
            });
            services.Configure<DevelopmentClusterMembershipOptions>(membership =>
                membership.PrimarySiloEndpoint = new IPEndPoint(IPAddress.Loopback, _siloPort));
            services.AddSingleton<AnalysisGate>();
            services.AddSingleton<IVideoChunkAnalyzer>(sp => new GatedChunkAnalyzer(
                ActivatorUtilities.CreateInstance<VideoChunkAnalyzer>(sp), sp.GetRequiredService<AnalysisGate>()));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a stopping component; the temp folder is cleaned by the OS.
            }
        }
    }
}
