using FaceClassifier.Tests.Testing;
using FaceClassifier.Gallery;
using Orleans.Storage;

namespace FaceClassifier.Tests.Contracts;

/// <summary>
/// What every <see cref="IGrainStorage"/> must do, run by each implementation. <see cref="Storage"/> opens a new
/// instance over the same store on each call; every case uses grain ids of its own.
/// </summary>
public abstract class GrainStorageContract
{
    protected abstract IGrainStorage Storage();

    [Fact]
    public async Task A_written_state_reads_back_equal_with_its_etag_in_a_new_instance()
    {
        var grain = Grain();
        var written = new GrainState<SampleState> { State = Person("Ann", [1f, 2f, 3f]) };
        await Storage().WriteStateAsync("person", grain, written);

        var read = new GrainState<SampleState>();
        await Storage().ReadStateAsync("person", grain, read);

        Assert.Equal((true, written.ETag, "Ann"), (read.RecordExists, read.ETag, read.State!.Name));
        Assert.Equal([1f, 2f, 3f], Assert.Single(read.State.Descriptors));
        Assert.NotNull(written.ETag);
    }

    [Fact]
    public async Task A_missing_state_reads_as_not_existing_and_keeps_the_default()
    {
        var read = new GrainState<SampleState> { State = Person("default", []) };

        await Storage().ReadStateAsync("person", Grain(), read);

        Assert.Equal((false, null, "default"), (read.RecordExists, read.ETag, read.State!.Name));
    }

    [Fact]
    public async Task Each_write_moves_the_etag_and_a_stale_or_blind_write_or_clear_is_refused_and_changes_nothing()
    {
        var grain = Grain();
        var current = new GrainState<SampleState> { State = Person("v1", []) };
        await Storage().WriteStateAsync("person", grain, current);
        var stale = new GrainState<SampleState> { State = Person("lost update", []), ETag = current.ETag };
        await Storage().WriteStateAsync("person", grain, current);
        Assert.NotEqual(stale.ETag, current.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage().WriteStateAsync("person", grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            Storage().WriteStateAsync("person", grain, new GrainState<SampleState> { State = Person("blind write", []) }));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage().ClearStateAsync("person", grain, stale));

        var read = new GrainState<SampleState>();
        await Storage().ReadStateAsync("person", grain, read);
        Assert.Equal((current.ETag, "v1"), (read.ETag, read.State!.Name));
    }

    [Fact]
    public async Task A_cleared_state_reads_as_not_existing_and_the_same_activation_can_write_it_again()
    {
        var grain = Grain();
        var state = new GrainState<SampleState> { State = Person("gone", [9f]) };
        await Storage().WriteStateAsync("person", grain, state);

        await Storage().ClearStateAsync("person", grain, state);
        var cleared = new GrainState<SampleState>();
        await Storage().ReadStateAsync("person", grain, cleared);
        Assert.False(state.RecordExists);
        Assert.False(cleared.RecordExists);

        state.State = Person("again", []);
        await Storage().WriteStateAsync("person", grain, state);
        var read = new GrainState<SampleState>();
        await Storage().ReadStateAsync("person", grain, read);
        Assert.Equal((true, state.ETag, "again"), (read.RecordExists, read.ETag, read.State!.Name));
    }

    [Fact]
    public async Task Clearing_a_state_never_written_succeeds_and_it_still_reads_as_missing()
    {
        // A grain type and state name nothing was stored under yet, as a person deleted before any appearance was kept.
        var grain = GrainId.Create($"never{Guid.NewGuid():N}", Guid.NewGuid().ToString("N"));
        var state = new GrainState<SampleState>();

        await Storage().ClearStateAsync("untouched", grain, state);

        var read = new GrainState<SampleState>();
        await Storage().ReadStateAsync("untouched", grain, read);
        Assert.Equal((false, false), (state.RecordExists, read.RecordExists));
    }

    [Fact]
    public async Task States_are_kept_apart_by_grain_and_by_state_name()
    {
        var (grain, other) = (Grain(), Grain());
        await Storage().WriteStateAsync("person", grain, new GrainState<SampleState> { State = Person("person of grain", []) });
        await Storage().WriteStateAsync("person", other, new GrainState<SampleState> { State = Person("person of other", []) });
        await Storage().WriteStateAsync("draft", grain, new GrainState<SampleState> { State = Person("draft of grain", []) });

        Assert.Equal("person of grain", await NameAsync("person", grain));
        Assert.Equal("person of other", await NameAsync("person", other));
        Assert.Equal("draft of grain", await NameAsync("draft", grain));
        Assert.Null(await NameAsync("draft", other));
    }

    private async Task<string?> NameAsync(string stateName, GrainId grain)
    {
        var read = new GrainState<SampleState>();
        await Storage().ReadStateAsync(stateName, grain, read);
        return read.RecordExists ? read.State!.Name : null;
    }

    private static GrainId Grain() => GrainId.Create("person", Guid.NewGuid().ToString("N"));

    private static SampleState Person(string name, float[] descriptor) => new()
    {
        Name = name,
        Descriptors = descriptor.Length == 0 ? [] : [descriptor],
    };
}
