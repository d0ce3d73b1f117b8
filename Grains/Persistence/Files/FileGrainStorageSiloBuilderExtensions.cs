using Microsoft.Extensions.Options;

namespace FaceClassifier.Persistence.Files;

/// <summary>Registers <see cref="FileGrainStorage"/> providers on a silo.</summary>
public static class FileGrainStorageSiloBuilderExtensions
{
    /// <summary>Adds a named file grain storage provider.</summary>
    public static ISiloBuilder AddFileGrainStorage(this ISiloBuilder builder, string name, Action<OptionsBuilder<FileGrainStorageOptions>> configure)
    {
        builder.Services.AddFileGrainStorage(name, configure);
        return builder;
    }
}
