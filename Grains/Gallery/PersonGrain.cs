using FaceClassifier.Blobs.Local;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;

namespace FaceClassifier.Gallery;

/// <summary>A person's durable record: name and face descriptors (biometric data, never logged).</summary>
[GenerateSerializer, Alias("fc.PersonState")]
public sealed record PersonState
{
    [Id(0)] public string Name { get; init; } = "";

    [Id(1)] public DateTimeOffset CreatedAt { get; init; }

    [Id(2)] public DateTimeOffset UpdatedAt { get; init; }

    [Id(3)] public float[][] Descriptors { get; init; } = [];
}

/// <summary>One gallery person; keeps the gallery index in step (removing from it first on delete).</summary>
public sealed class PersonGrain(
    [PersistentState("person", StorageNames.Gallery)] IPersistentState<PersonState> state,
    TimeProvider time) : Grain, IPersonGrain
{
    private IGalleryGrain Index => GrainFactory.GetGrain<IGalleryGrain>(0);

    private string Id => this.GetPrimaryKey().ToString();

    public async Task<PersonRecord?> CreateAsync(string name, IReadOnlyList<float[]> descriptors)
    {
        if (state.RecordExists)
        {
            return null;
        }

        var now = time.GetUtcNow();
        state.State = new PersonState { Name = name, CreatedAt = now, UpdatedAt = now, Descriptors = [.. descriptors] };
        await state.WriteStateAsync();
        await Index.UpsertAsync(Entry());
        return Record();
    }

    public async Task<PersonRecord?> AddDescriptorsAsync(IReadOnlyList<float[]> descriptors)
    {
        if (!state.RecordExists)
        {
            return null;
        }

        state.State = state.State with { Descriptors = [.. state.State.Descriptors, .. descriptors], UpdatedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        await Index.UpsertAsync(Entry());
        return Record();
    }

    public Task<PersonRecord?> GetAsync() => Task.FromResult(state.RecordExists ? Record() : null);

    public async Task<bool> DeleteAsync()
    {
        if (!state.RecordExists)
        {
            return false;
        }

        // Out of the matching index first: from this moment no job matches against the person.
        await Index.RemoveAsync(Id);
        await state.ClearStateAsync();
        state.State = new PersonState();
        return true;
    }

    private PersonRecord Record() =>
        new(Id, state.State.Name, state.State.Descriptors.Length, state.State.CreatedAt, state.State.UpdatedAt);

    private GalleryEntry Entry() => new(Record(), state.State.Descriptors);
}
