using System.Security.Cryptography;
using System.Text;
using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Hosting;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Security;

/// <summary>Requires X-Api-Key to match Security:ApiKey when one is configured (401 in the envelope otherwise).</summary>
public sealed class ApiKeyFilter(IOptionsMonitor<SecurityOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.CurrentValue.ApiKey is not { Length: > 0 } expected)
        {
            return await next(context);
        }

        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length == 0)
        {
            return Envelope.Error(ApiStatus.Unauthorized, $"the {Header} header is required");
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected))
            ? await next(context)
            : Envelope.Error(ApiStatus.Unauthorized, $"the {Header} header is not valid");
    }
}
