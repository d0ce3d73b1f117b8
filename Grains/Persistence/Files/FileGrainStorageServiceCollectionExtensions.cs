using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace FaceClassifier.Persistence.Files;

/// <summary>Registers <see cref="FileGrainStorage"/> providers in a service collection.</summary>
public static class FileGrainStorageServiceCollectionExtensions
{
    /// <summary>Adds a named file grain storage provider.</summary>
    public static IServiceCollection AddFileGrainStorage(this IServiceCollection services, string name, Action<OptionsBuilder<FileGrainStorageOptions>> configure)
    {
        var options = services.AddOptions<FileGrainStorageOptions>(name);
        configure(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileGrainStorageOptions>, FileGrainStorageOptionsValidator>());
        return services.AddGrainStorage(name, Create);
    }

    /// <summary>Creates the provider called <paramref name="name"/> from its named options.</summary>
    public static IGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<FileGrainStorageOptions>>().Get(name);
        options.GrainStorageSerializer ??= new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
        return new FileGrainStorage(name, options, services.GetRequiredService<ILogger<FileGrainStorage>>());
    }
}
