using System.Collections.Concurrent;
using FaceClassifier.Analysis;
using FaceClassifier.Jobs;

namespace FaceClassifier.Tests.Grains.Support;

/// <summary>
/// Test double for the analysis stage only (not the engine): each job's script says what its analysis
/// returns and when. The grain protocol around it — storage, reminders, stream dispatch, the notifier —
/// is the real code under test. The real pipeline (ChunkedJobAnalysis) is covered by the engine tests.
/// </summary>
public sealed class ScriptedJobAnalysis : IJobAnalysis
{
    private readonly ConcurrentDictionary<Guid, AnalysisScript> _scripts = new();

    /// <summary>The script of a job; unscripted jobs complete at once with <see cref="AnalysisScript.DefaultResult"/>.</summary>
    public AnalysisScript For(Guid jobId) => _scripts.GetOrAdd(jobId, _ => new AnalysisScript());

    public async Task<AnalysisOutcome> AnalyzeAsync(JobWork work, IAnalysisRun checkpoint, CancellationToken cancellationToken)
    {
        var script = For(work.JobId);
        var run = Interlocked.Increment(ref script.RunCount);
        script.Loaded = await checkpoint.LoadAsync();
        if (script.Checkpoint is { } chunk)
        {
            await checkpoint.SaveAsync(chunk);
        }

        script.Started.TrySetResult();
        await script.Release.Task.WaitAsync(cancellationToken);
        return script.Failure is { } failure && run <= script.FailingRuns ? throw failure : new AnalysisOutcome(script.Result, script.ImageKey);
    }
}

/// <summary>What one job's scripted analysis does.</summary>
public sealed class AnalysisScript
{
    public static readonly JobResult DefaultResult = new([], [], 0, 20, 10);

    public int RunCount;

    /// <summary>Completed when an analysis attempt starts.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The analysis returns once this completes; already completed unless <see cref="Hold"/> was called.</summary>
    public TaskCompletionSource Release { get; private set; } = Completed();

    public JobResult Result { get; set; } = DefaultResult;

    public string? ImageKey { get; set; }

    public Exception? Failure { get; set; }

    /// <summary>How many runs, from the first, throw <see cref="Failure"/>; all of them unless set.</summary>
    public int FailingRuns { get; set; } = int.MaxValue;

    /// <summary>A chunk the analysis checkpoints before it waits (as a worker's finished chunk would be).</summary>
    public ChunkResult? Checkpoint { get; set; }

    /// <summary>The checkpointed chunks the last attempt was handed.</summary>
    public IReadOnlyCollection<ChunkResult> Loaded { get; set; } = [];

    /// <summary>Makes the analysis wait for <see cref="Release"/>.</summary>
    public AnalysisScript Hold()
    {
        Release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return this;
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
