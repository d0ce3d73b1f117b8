using System.Net;
using FaceClassifier.Hosting;
using FaceClassifier.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Hosting;

/// <summary>The check in front of /metrics: this machine only, unless Metrics:AllowRemote.</summary>
[Trait("Kind", "unit")]
public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", false, 200)]
    [InlineData("::1", false, 200)]
    [InlineData("::ffff:127.0.0.1", false, 200)]
    [InlineData("10.1.2.3", false, 403)]
    [InlineData("2001:db8::1", false, 403)]
    [InlineData(null, false, 403)]
    [InlineData("203.0.113.7", true, 200)]
    public async Task Only_loopback_clients_pass_unless_remote_access_is_allowed(string? client, bool allowRemote, int expected)
    {
        var services = new ServiceCollection()
            .Configure<MetricsOptions>(o => o.AllowRemote = allowRemote)
            .BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        MetricsAccess.RefuseRemote(app);
        app.Run(context => context.Response.WriteAsync("metrics"));
        var context = new DefaultHttpContext { RequestServices = services };
        context.Connection.RemoteIpAddress = client is null ? null : IPAddress.Parse(client);
        context.Response.Body = new MemoryStream();

        await app.Build()(context);

        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Equal((expected, expected == 200 ? "metrics" : MetricsAccess.Refusal), (context.Response.StatusCode, body));
    }
}
