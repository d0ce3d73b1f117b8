using FaceClassifier.Storage;

namespace FaceClassifier.Learning;

/// <summary>The registered jobs, in the order they completed (one durable list).</summary>
[GenerateSerializer, Alias("fc.StoredFacesRegistryState")]
public sealed record StoredFacesRegistryState
{
    [Id(0)] public IReadOnlyList<Guid> Jobs { get; init; } = [];
}

public sealed class StoredFacesRegistryGrain(
    [PersistentState("stored-faces", StorageNames.Jobs)] IPersistentState<StoredFacesRegistryState> state) : Grain, IStoredFacesRegistryGrain
{
    private HashSet<Guid>? _known;

    private HashSet<Guid> Known => _known ??= [.. state.State.Jobs];

    public async Task AddAsync(Guid jobId)
    {
        if (Known.Add(jobId))
        {
            state.State = state.State with { Jobs = [.. state.State.Jobs, jobId] };
            await state.WriteStateAsync();
        }
    }

    public async Task RemoveAsync(Guid jobId)
    {
        if (Known.Remove(jobId))
        {
            state.State = state.State with { Jobs = [.. state.State.Jobs.Where(j => j != jobId)] };
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<Guid>> ListAsync() => Task.FromResult(state.State.Jobs);
}
