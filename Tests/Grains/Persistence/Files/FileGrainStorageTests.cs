using FaceClassifier.Blobs.Local;
using FaceClassifier.Gallery;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Orleans.Storage;

namespace FaceClassifier.Tests.Grains.Persistence.Files;

[Trait("Kind", "unit")]
public sealed class FileGrainStorageTests : GrainStorageContract, IDisposable
{
    private readonly string _root = TestAssets.TempDirectory();
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_written_state_reads_back_equal_with_its_etag()
    {
        var storage = Create();
        var grain = GrainId.Create("person", Guid.NewGuid().ToString("N"));
        var written = new GrainState<SampleState> { State = Person("Ann", [1f, 2f, 3f]) };
        await storage.WriteStateAsync("person", grain, written);

        var read = new GrainState<SampleState>();
        await Create().ReadStateAsync("person", grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Ann", read.State!.Name);
        Assert.Equal([1f, 2f, 3f], Assert.Single(read.State!.Descriptors));
        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Writes_with_a_stale_or_missing_etag_are_refused_and_change_nothing()
    {
        var storage = Create();
        var grain = GrainId.Create("person", "conflict");
        var first = new GrainState<SampleState> { State = Person("v1", []) };
        await storage.WriteStateAsync("person", grain, first);
        var staleETag = first.ETag;
        await storage.WriteStateAsync("person", grain, first);

        var stale = new GrainState<SampleState> { State = Person("lost update", []), ETag = staleETag };
        var ex = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("person", grain, stale));
        Assert.Equal(first.ETag, ex.StoredEtag);
        var blind = new GrainState<SampleState> { State = Person("blind write", []) };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("person", grain, blind));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("person", grain, stale));

        var read = new GrainState<SampleState>();
        await storage.ReadStateAsync("person", grain, read);
        Assert.Equal("v1", read.State!.Name);
    }

    [Fact]
    public async Task Clearing_deletes_the_record_and_a_new_write_starts_over()
    {
        var storage = Create();
        var grain = GrainId.Create("person", "cleared");
        var state = new GrainState<SampleState> { State = Person("gone", [9f]) };
        await storage.WriteStateAsync("person", grain, state);
        await storage.ClearStateAsync("person", grain, state);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));

        await storage.WriteStateAsync("person", grain, new GrainState<SampleState> { State = Person("again", []) });
        var read = new GrainState<SampleState>();
        await storage.ReadStateAsync("person", grain, read);
        Assert.Equal("again", read.State!.Name);
    }

    [Fact]
    public void Keys_that_sanitize_alike_get_different_files_inside_the_provider_folder()
    {
        var storage = Create();
        var a = storage.PathFor("s", GrainId.Create("t", "a/b"));
        var b = storage.PathFor("s", GrainId.Create("t", "a_b"));
        var up = storage.PathFor("s", GrainId.Create("t", "../../etc/passwd"));
        Assert.NotEqual(a, b);
        Assert.All(new[] { a, b, up }, p => Assert.StartsWith(Path.Combine(_root, "test") + Path.DirectorySeparatorChar, Path.GetFullPath(p)));
    }

    protected override IGrainStorage Storage() => Create();

    private FileGrainStorage Create() => new("test", new FileGrainStorageOptions
    {
        RootDirectory = _root,
        GrainStorageSerializer = new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>()),
    }, NullLogger<FileGrainStorage>.Instance);

    private static SampleState Person(string name, float[] descriptor) => new()
    {
        Name = name,
        Descriptors = descriptor.Length == 0 ? [] : [descriptor],
    };
}
