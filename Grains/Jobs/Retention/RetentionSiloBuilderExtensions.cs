using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Jobs.Retention;

/// <summary>Registers the "Retention" settings and starts the sweeper as the silo starts.</summary>
public static class RetentionSiloBuilderExtensions
{
    public static ISiloBuilder AddJobRetention(this ISiloBuilder silo)
    {
        silo.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>());
        silo.Services.TryAddKeyedSingleton<TimeProvider>(RetentionOptions.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        silo.AddStartupTask<RetentionSweepStart>();
        return silo;
    }
}
