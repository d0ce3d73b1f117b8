using FaceClassifier.Engine.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Testing;

/// <summary>The face engine as the service registers it, over a chosen weights folder and the tests' model cache.</summary>
public static class EngineServices
{
    public static ServiceProvider Build(string weightsDirectory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vision:Models:WeightsDirectory"] = weightsDirectory,
            ["Vision:Models:CacheDirectory"] = TestAssets.TestModelOptions().CacheDirectory,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddFaceEngine();
        return services.BuildServiceProvider();
    }
}
