using FaceClassifier.Api.Contracts;

namespace FaceClassifier.Api.Security;

/// <summary>Lets a request through when its X-Api-Key has <paramref name="role"/> or the role needs no key; 401 or 403 in the envelope otherwise.</summary>
public sealed class KeyRoleFilter(KeyRole role) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var ring = context.HttpContext.RequestServices.GetRequiredService<KeyRing>();
        return ring.Check(context.HttpContext.Request.Headers[Header].ToString(), role) switch
        {
            KeyCheck.Allowed => await next(context),
            KeyCheck.Missing => Envelope.Error(ApiStatus.Unauthorized, $"the {Header} header is required"),
            KeyCheck.Unknown => Envelope.Error(ApiStatus.Unauthorized, $"the {Header} header is not valid"),
            _ => Envelope.Error(ApiStatus.Forbidden, Refusal(role)),
        };
    }

    /// <summary>The 403 message: a valid key without the role.</summary>
    public static string Refusal(KeyRole role) => $"the key in {Header} does not have the {role.Name()} role this endpoint needs";
}
