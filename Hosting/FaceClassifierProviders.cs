using FaceClassifier.Aws;
using FaceClassifier.Providers;

namespace FaceClassifier.Hosting;

/// <summary>The assemblies whose <c>[RegisterProvider]</c> registrations the configuration switches choose from.</summary>
internal static class FaceClassifierProviders
{
    public static readonly ProviderRegistry Registry = new(
        [typeof(ProviderRegistry).Assembly, typeof(AwsClientFactory).Assembly, typeof(FaceClassifierProviders).Assembly]);
}
