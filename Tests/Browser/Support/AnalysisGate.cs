using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Tests.Browser.Support;

/// <summary>
/// While armed, every chunk analysis of the UI app is held after its last frame (its progress already reported) until the
/// test releases it, so a test sees a job part-way through without depending on how fast this machine analyses.
/// </summary>
public sealed class AnalysisGate
{
    private TaskCompletionSource? _held;

    public void Arm() => Volatile.Write(ref _held, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release() => Interlocked.Exchange(ref _held, null)?.TrySetResult();

    internal Task PassAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _held)?.Task.WaitAsync(cancellationToken) ?? Task.CompletedTask;
}

/// <summary>The real chunk analyzer behind an <see cref="AnalysisGate"/>.</summary>
internal sealed class GatedChunkAnalyzer(IVideoChunkAnalyzer analyzer, AnalysisGate gate) : IVideoChunkAnalyzer
{
    public async Task<ChunkAnalysis> AnalyzeAsync(
        string videoPath, FrameSampling sampling, IProgress<int>? framesDone = null, CancellationToken cancellationToken = default)
    {
        var analysis = await analyzer.AnalyzeAsync(videoPath, sampling, framesDone, cancellationToken);
        await gate.PassAsync(cancellationToken);
        return analysis;
    }
}
