using System.Diagnostics;
using FaceClassifier.Engine.Vision;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Analysis;

/// <summary>
/// Loads the face nets and runs each once while the host starts (<see cref="AnalysisOptions.WarmUpAtStart"/>), so the
/// first job and the first photo after a start do not wait for model loading.
/// </summary>
internal sealed partial class EngineWarmup(IServiceProvider services, IOptions<AnalysisOptions> options, ILogger<EngineWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WarmUpAtStart)
        {
            return Task.CompletedTask;
        }

        var started = Stopwatch.GetTimestamp();
        services.WarmUpFaceEngine();
        LogWarmedUp(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Face engine loaded and warmed up in {Milliseconds:F0} ms")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds);
}
