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
    /// <summary>Short periods so resume-after-restart happens within a test.</summary>
    public static readonly IReadOnlyDictionary<string, string?> FastSettings = new Dictionary<string, string?>
    {
        ["Jobs:ResumeCheckPeriod"] = "00:00:01",
        ["Jobs:StallTimeout"] = "00:00:02",
        ["Analysis:FramesPerSecond"] = "2",
    };

    public static Task<InProcessTestCluster> StartAsync(
        string dataDirectory, IJobAnalysis analysis, IJobNotificationChannel channel, string serviceId) =>
        TestSilo.StartAsync(serviceId, FastSettings.Append(new(DataDirectory.Variable, dataDirectory)), silo =>
        {
            // The doubles first: the real registrations are TryAdd and step aside.
            silo.Services.AddSingleton(analysis);
            silo.Services.AddSingleton(channel);
            silo.AddFaceClassifier();
        });
}
