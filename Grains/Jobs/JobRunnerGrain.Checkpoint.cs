using FaceClassifier.Analysis;

namespace FaceClassifier.Jobs;

/// <summary>The runner as the chunk checkpoint: finished chunks saved one at a time, cleared at the end.</summary>
public sealed partial class JobRunnerGrain : IChunkCheckpoint
{
    private readonly SemaphoreSlim _checkpointGate = new(1, 1);

    public Task<IReadOnlyCollection<ChunkResult>> LoadAsync() =>
        Task.FromResult<IReadOnlyCollection<ChunkResult>>(checkpoint.State.Chunks);

    public async Task SaveAsync(ChunkResult chunk)
    {
        await _checkpointGate.WaitAsync();
        try
        {
            if (_run is not { IsCancellationRequested: false })
            {
                return;
            }

            checkpoint.State = checkpoint.State with
            {
                Chunks = [.. checkpoint.State.Chunks.Where(c => c.ChunkIndex != chunk.ChunkIndex), chunk],
            };
            await checkpoint.WriteStateAsync();
        }
        finally
        {
            _checkpointGate.Release();
        }
    }

    private async Task ClearCheckpointAsync()
    {
        await _checkpointGate.WaitAsync();
        try
        {
            if (checkpoint.RecordExists)
            {
                await checkpoint.ClearStateAsync();
            }

            checkpoint.State = new RunnerState();
        }
        finally
        {
            _checkpointGate.Release();
        }
    }
}
