using FaceClassifier.Api.Contracts;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.WebUi;

/// <summary>Who may open /dashboard.</summary>
public sealed class DashboardAccessOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// The dashboard can show any grain's state (gallery descriptors, job emails), so by default it answers
    /// only to this machine; true opens it to every client (behind a proxy that authenticates operators).
    /// </summary>
    public bool AllowRemote { get; set; }
}

/// <summary>Refuses dashboard requests from other machines unless <see cref="DashboardAccessOptions.AllowRemote"/> is set.</summary>
public sealed class DashboardAccessFilter(IOptionsMonitor<DashboardAccessOptions> options) : IEndpointFilter
{
    public const string Refusal = "the dashboard answers only on this machine; set Dashboard__AllowRemote=true to open it to other clients";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        options.CurrentValue.AllowRemote || context.HttpContext.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address)
            ? await next(context)
            : Envelope.Error(ApiStatus.Forbidden, Refusal);
}
