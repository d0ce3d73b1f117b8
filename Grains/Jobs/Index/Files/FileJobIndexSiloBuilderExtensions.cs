using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Jobs.Index.Files;

/// <summary>Registers the file job index.</summary>
public static class FileJobIndexSiloBuilderExtensions
{
    /// <summary>Uses <see cref="FileJobIndex"/> as the <see cref="IJobIndex"/> unless one is registered already (TryAdd).</summary>
    public static ISiloBuilder AddFileJobIndex(this ISiloBuilder builder, Action<OptionsBuilder<FileJobIndexOptions>> configure)
    {
        var options = builder.Services.AddOptions<FileJobIndexOptions>();
        configure(options);
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileJobIndexOptions>, FileJobIndexOptionsValidator>());
        builder.Services.TryAddSingleton<IJobIndex, FileJobIndex>();
        return builder;
    }
}
