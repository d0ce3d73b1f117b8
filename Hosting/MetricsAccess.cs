using System.Net;
using FaceClassifier.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Hosting;

/// <summary>Refuses /metrics to other machines unless <see cref="MetricsOptions.AllowRemote"/> is set.</summary>
public static class MetricsAccess
{
    public const string Refusal = "/metrics answers only on this machine; set Metrics__AllowRemote=true to open it to other clients";

    /// <summary>True when the request may read the metrics.</summary>
    public static bool Allows(MetricsOptions options, IPAddress? client) =>
        options.AllowRemote || client is { } address && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    /// <summary>Puts the check in front of the scraping endpoint's pipeline (an endpoint filter would not run there).</summary>
    public static void RefuseRemote(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<MetricsOptions>>().CurrentValue;
        if (Allows(options, context.Connection.RemoteIpAddress))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.Response.WriteAsync(Refusal, context.RequestAborted);
    });
}
