using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.DynamoDb;

/// <summary>Points a state provider at its table: State:TablePrefix + the table's name, created when Aws:CreateResources.</summary>
internal static class StateTableOptions
{
    public static void UseStateTable<TOptions>(this OptionsBuilder<TOptions> options, IConfigurationSection state, string table)
        where TOptions : class, IDynamoDbTableOptions
    {
        var prefix = ProviderSettings.Required(state, StateTables.PrefixKey, $"when {state.Path}:Provider={DynamoDbProviders.Name}");
        options.Configure<IOptions<AwsOptions>>((o, aws) => (o.TableName, o.CreateIfNotExists) = (prefix + table, aws.Value.CreateResources));
    }
}
