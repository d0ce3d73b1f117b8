using System.Net;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Hosting;

/// <summary>
/// One API host (scripted analysis, API key set) whose cluster readings live 100 ms, so gauges follow the jobs at once.
/// The statistics grain's key 0 counts only this host's jobs: tests that change it share this collection and say so.
/// </summary>
public sealed class MetricsHost : IAsyncLifetime
{
    // The derived factory runs the parent's configuration, so the parent's scripted analysis is the one in use.
    private readonly ApiFactory _api = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public ScriptedJobAnalysis Analysis => _api.Analysis;

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public Task InitializeAsync()
    {
        Factory = _api.WithWebHostBuilder(b => b.UseSetting("Metrics:ReadingLifetime", "00:00:00.100"));
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _api.DisposeAsync();
    }

    /// <summary>GET /metrics as a client at <paramref name="client"/> (TestServer sets no address of its own).</summary>
    public async Task<(int Status, string Body)> ScrapeAsync(IPAddress client)
    {
        var context = await Factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = client;
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }
}

[CollectionDefinition(Name)]
public sealed class MetricsHostCollection : ICollectionFixture<MetricsHost>
{
    public const string Name = "metrics host";
}
