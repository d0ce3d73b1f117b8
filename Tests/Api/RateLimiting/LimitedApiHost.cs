using System.Net;
using FaceClassifier.Tests.Api.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FaceClassifier.Tests.Api.RateLimiting;

/// <summary>
/// An API host with rate limits on (<see cref="ApiFactory"/> turns them off) and the given settings. TestServer has no
/// client address of its own: each client says which address its requests come from, so every test has its own buckets.
/// </summary>
public sealed class LimitedApiHost(IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    private readonly ApiFactory _api = new();
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ??= _api.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("RateLimits:Enabled", "true");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    });

    /// <summary>A client whose requests arrive from <paramref name="address"/>, as the TCP peer.</summary>
    public HttpClient ClientFrom(string address)
    {
        var remote = IPAddress.Parse(address);
        return new HttpClient(Factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = remote))
        {
            BaseAddress = Factory.Server.BaseAddress,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await _api.DisposeAsync();
    }
}
