using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace FaceClassifier.Persistence.Files;

/// <summary>Registers <see cref="FileGrainStorage"/> providers.</summary>
public static class FileGrainStorageExtensions
{
    /// <summary>Adds a named file grain storage provider.</summary>
    public static ISiloBuilder AddFileGrainStorage(this ISiloBuilder builder, string name, Action<OptionsBuilder<FileGrainStorageOptions>> configure)
    {
        builder.Services.AddFileGrainStorage(name, configure);
        return builder;
    }

    /// <summary>Adds a named file grain storage provider.</summary>
    public static IServiceCollection AddFileGrainStorage(this IServiceCollection services, string name, Action<OptionsBuilder<FileGrainStorageOptions>> configure)
    {
        configure(services.AddOptions<FileGrainStorageOptions>(name));
        services.AddTransient<IConfigurationValidator>(sp =>
            new FileGrainStorageOptionsValidator(sp.GetRequiredService<IOptionsMonitor<FileGrainStorageOptions>>().Get(name), name));
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

/// <summary>Fails silo start-up when a file storage provider has no folder.</summary>
internal sealed class FileGrainStorageOptionsValidator(FileGrainStorageOptions options, string name) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.RootDirectory))
        {
            throw new OrleansConfigurationException($"File grain storage '{name}' needs {nameof(FileGrainStorageOptions.RootDirectory)}.");
        }
    }
}
