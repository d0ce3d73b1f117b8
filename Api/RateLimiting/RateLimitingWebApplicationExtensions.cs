using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace FaceClassifier.Api.RateLimiting;

/// <summary>Wires ASP.NET Core's rate limiter with the four policies of <see cref="RateLimitPolicies"/>, and its meter.</summary>
public static class RateLimitingWebApplicationExtensions
{
    /// <summary>ASP.NET Core's own: aspnetcore.rate_limiting.requests by policy and result (acquired, endpoint_limiter), and more.</summary>
    public const string Meter = "Microsoft.AspNetCore.RateLimiting";

    public static WebApplicationBuilder AddFaceClassifierRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
            foreach (var policy in RateLimitPolicies.All)
            {
                limiter.AddPolicy(policy, context => RateLimitPolicies.Partition(
                    context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value, policy, context));
            }
        });
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(Meter));
        return builder;
    }

    /// <summary>After routing (the policy is the endpoint's), before the endpoints.</summary>
    public static WebApplication UseFaceClassifierRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
