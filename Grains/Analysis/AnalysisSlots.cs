using FaceClassifier.Jobs;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Analysis;

/// <summary>The per-silo cap on chunk analyses running at once (<see cref="AnalysisOptions.MaxConcurrentAnalyses"/>).</summary>
public sealed class AnalysisSlots(IOptions<AnalysisOptions> options, JobInstruments instruments) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentAnalyses, options.Value.MaxConcurrentAnalyses);
    private int _running;

    /// <summary>Analyses running now on this silo.</summary>
    public int Running => Volatile.Read(ref _running);

    public int Capacity { get; } = options.Value.MaxConcurrentAnalyses;

    /// <summary>Waits for a free slot; dispose the result to give it back.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        instruments.AnalysisWaiting(1);
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        finally
        {
            instruments.AnalysisWaiting(-1);
        }

        Interlocked.Increment(ref _running);
        instruments.AnalysisRunning(1);
        return new Slot(this);
    }

    public void Dispose() => _slots.Dispose();

    private void Release()
    {
        Interlocked.Decrement(ref _running);
        instruments.AnalysisRunning(-1);
        _slots.Release();
    }

    private sealed class Slot(AnalysisSlots owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release();
            }
        }
    }
}
