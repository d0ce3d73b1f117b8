using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>Registers <see cref="DynamoDbGrainStorage"/> providers on a silo.</summary>
public static class DynamoDbGrainStorageSiloBuilderExtensions
{
    /// <summary>Adds a named DynamoDB grain storage provider whose table is made sure of at silo start.</summary>
    public static ISiloBuilder AddDynamoDbGrainStorage(this ISiloBuilder builder, string name, Action<OptionsBuilder<DynamoDbGrainStorageOptions>> configure)
    {
        builder.Services.AddDynamoDbGrainStorage(name, configure);
        return builder;
    }
}
