using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;

namespace FaceClassifier.Aws.DynamoDb;

/// <summary>Reads State:TablePrefix, which every DynamoDB state provider needs.</summary>
internal static class StateTablePrefix
{
    public static string From(IConfigurationSection state) =>
        ProviderSettings.Required(state, StateTables.PrefixKey, $"when {state.Path}:Provider={DynamoDbProviders.Name}");
}
