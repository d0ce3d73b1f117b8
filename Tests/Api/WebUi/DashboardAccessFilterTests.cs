using System.Net;
using System.Text.Json;
using FaceClassifier.Api.WebUi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Api.WebUi;

/// <summary>The dashboard can show grain state, so it answers other machines only when told to.</summary>
[Trait("Kind", "unit")]
public sealed class DashboardAccessFilterTests
{
    [Theory]
    [InlineData("127.0.0.1", false, 200)]
    [InlineData("::1", false, 200)]
    [InlineData("10.1.2.3", false, 403)]
    [InlineData("203.0.113.7", true, 200)]
    public async Task Only_loopback_clients_pass_unless_remote_access_is_allowed(string client, bool allowRemote, int expected)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Connection.RemoteIpAddress = IPAddress.Parse(client);
        context.Response.Body = new MemoryStream();
        var filter = new DashboardAccessFilter(new StaticMonitor(new DashboardAccessOptions { AllowRemote = allowRemote }));

        var result = await filter.InvokeAsync(
            EndpointFilterInvocationContext.Create(context),
            _ => ValueTask.FromResult<object?>(Results.Ok()));
        await ((IResult)result!).ExecuteAsync(context);

        Assert.Equal(expected, context.Response.StatusCode);
        if (expected == 403)
        {
            context.Response.Body.Position = 0;
            using var body = JsonDocument.Parse(context.Response.Body);
            Assert.Equal(403, body.RootElement.GetProperty("status").GetProperty("code").GetInt32());
            Assert.Equal(DashboardAccessFilter.Refusal, body.RootElement.GetProperty("error").GetString());
        }
    }

    private sealed class StaticMonitor(DashboardAccessOptions value) : IOptionsMonitor<DashboardAccessOptions>
    {
        public DashboardAccessOptions CurrentValue => value;

        public DashboardAccessOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<DashboardAccessOptions, string?> listener) => null;
    }
}
