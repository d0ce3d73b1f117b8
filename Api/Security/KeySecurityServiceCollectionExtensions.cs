using FaceClassifier.Api.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Security;

/// <summary>Registers the Security settings, their validator and the <see cref="KeyRing"/> that <see cref="KeyRoleFilter"/> asks.</summary>
public static class KeySecurityServiceCollectionExtensions
{
    public static IServiceCollection AddKeySecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>());
        services.TryAddSingleton<KeyRing>();
        return services;
    }
}
