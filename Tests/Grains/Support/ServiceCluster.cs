using FaceClassifier.Analysis;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Hosting;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace FaceClassifier.Tests.Grains.Support;

/// <summary>Builds an in-process test cluster with FaceClassifier's real providers over a data folder.</summary>
public static class ServiceCluster
{
    /// <summary>
    /// Short periods so resume-after-restart happens within a test; no rate limits, since tests poll every 25 ms from
    /// one address (the rate limit tests turn them on); no engine warm-up at start, which most hosts never use (hosts
    /// with the real analysis turn it on).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> FastSettings = new Dictionary<string, string?>
    {
        ["Jobs:ResumeCheckPeriod"] = "00:00:01",
        ["Jobs:StallTimeout"] = "00:00:02",
        ["Imports:ResumeCheckPeriod"] = "00:00:01",
        ["Analysis:FramesPerSecond"] = "2",
        ["RateLimits:Enabled"] = "false",
        ["Analysis:WarmUpAtStart"] = "false",
    };

    /// <summary>The silo; <paramref name="settings"/> add to (or override) <see cref="FastSettings"/>, <paramref name="services"/> go in before the real ones.</summary>
    public static Task<InProcessTestCluster> StartAsync(
        string dataDirectory,
        IJobAnalysis analysis,
        IJobNotificationChannel channel,
        string serviceId,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null) =>
        TestSilo.StartAsync(
            serviceId,
            FastSettings.Where(s => settings?.ContainsKey(s.Key) != true).Concat(settings ?? new Dictionary<string, string?>())
                .Append(new(DataDirectory.Variable, dataDirectory)),
            silo =>
            {
                // The doubles first: the real registrations are TryAdd and step aside.
                silo.Services.AddSingleton(analysis);
                silo.Services.AddSingleton(channel);
                services?.Invoke(silo.Services);
                silo.AddFaceClassifier();
            });
}
