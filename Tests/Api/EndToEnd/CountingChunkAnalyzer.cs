using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Tracking;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api.EndToEnd;

/// <summary>The registered chunk analyzer, counting its calls: proof that no video was analysed again.</summary>
public sealed class CountingChunkAnalyzer(IVideoChunkAnalyzer inner) : IVideoChunkAnalyzer
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<ChunkAnalysis> AnalyzeAsync(string videoPath, FrameSampling sampling, IProgress<int>? framesDone = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return inner.AnalyzeAsync(videoPath, sampling, framesDone, cancellationToken);
    }

    /// <summary>Wraps the registered analyzer in one shared counter.</summary>
    public static void Decorate(IServiceCollection services, Action<CountingChunkAnalyzer> created)
    {
        var original = services.Last(d => d.ServiceType == typeof(IVideoChunkAnalyzer));
        services.Remove(original);
        services.AddSingleton<IVideoChunkAnalyzer>(sp =>
        {
            var inner = (IVideoChunkAnalyzer)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
            var counting = new CountingChunkAnalyzer(inner);
            created(counting);
            return counting;
        });
    }
}
