using FaceClassifier.Blobs;
using FaceClassifier.Engine.Vision;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Gallery;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FaceClassifier.Tests.Grains.Gallery.Imports.ImportArchives;

namespace FaceClassifier.Tests.Grains.Gallery.Imports;

/// <summary>
/// Stop the silo in the middle of an import, after a person was enrolled but before the progress that says so was
/// saved, and start a new silo over the same data folder: the import resumes from its last save, finds that person
/// already enrolled under the same id, and finishes with everyone once.
/// </summary>
[Trait("Kind", "integration")]
public sealed class GalleryImportResumeTests : IAsyncLifetime
{
    private readonly string _data = TestAssets.TempDirectory();
    private readonly string _serviceId = $"import-resume-{Guid.NewGuid():N}";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_resumed_import_enrols_nobody_twice_and_loses_nothing()
    {
        var importId = Guid.NewGuid();
        var archive = Build("zip", [
            ("Ann Example/1.jpg", TestFacePhotos.Face(1, 1)),
            ("Ann Example/2.jpg", TestFacePhotos.Face(2, 0)),
            ("Bob Example/1.jpg", TestFacePhotos.Face(3, 0)),
            ("Bob Example/2.jpg", TestFacePhotos.Face(1, 0)),
        ]);

        // Saves after every second photo: the save after Ann's two photos comes before her enrolment; the third photo is held.
        var settings = new Dictionary<string, string?> { ["Imports:CheckpointPhotos"] = "2" };
        var held = new HeldFaceAnalyzer(holdCall: 3);
        await using (var first = await ServiceCluster.StartAsync(_data, new ScriptedJobAnalysis(), new RecordingNotificationChannel(), _serviceId, settings,
            services => services.AddSingleton<IFaceAnalyzer>(sp => held.Around(ActivatorUtilities.CreateInstance<FaceAnalyzer>(sp)))))
        {
            await StartAsync(first.Client, Services(first).GetRequiredService<IBlobStore>(), importId, archive);
            await held.Reached.Task.WaitAsync(Poll.DefaultTimeout);

            var enrolled = await Services(first).GetRequiredService<IGallery>().GetAsync(PersonId(importId, Ann));
            Assert.Equal(2, enrolled?.Photos);
            await first.StopAllSilosAsync();
        }

        held.Release();
        await using var second = await ServiceCluster.StartAsync(_data, new ScriptedJobAnalysis(), new RecordingNotificationChannel(), _serviceId, settings);

        // Nobody asks: the import's reminder brings it back.
        var progress = await Poll.UntilAsync(
            async () => await second.Client.GetGrain<IGalleryImportGrain>(importId).GetAsync() is { Status: ImportStatus.Done } p ? p : null,
            "the resumed import to finish",
            TimeSpan.FromMinutes(2));
        Assert.Equal((4, 4, 0), (progress.PhotosDone, progress.PhotosTotal, progress.RefusedCount));
        var (ann, bob) = (PersonId(importId, Ann), PersonId(importId, Bob));
        Assert.Equal([new ImportedPerson(ann.ToString(), Ann), new ImportedPerson(bob.ToString(), Bob)], progress.People);
        var gallery = Services(second).GetRequiredService<IGallery>();
        Assert.Equal(2, (await gallery.GetAsync(ann))?.Photos);
        Assert.Equal(2, (await gallery.GetAsync(bob))?.Photos);
    }

    private static IServiceProvider Services(Orleans.TestingHost.InProcessTestCluster cluster) => cluster.Silos[0].SiloHost.Services;

    /// <summary>
    /// The real analyzer, but call number <c>holdCall</c> waits (and says when it is reached); once let go it fails
    /// without touching the engine, whose silo is gone by then.
    /// </summary>
    private sealed class HeldFaceAnalyzer(int holdCall)
    {
        private readonly ManualResetEventSlim _gate = new();
        private readonly int _holdCall = holdCall;
        private int _calls;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IFaceAnalyzer Around(IFaceAnalyzer inner) => new Analyzer(this, inner);

        public void Release() => _gate.Set();

        private sealed class Analyzer(HeldFaceAnalyzer owner, IFaceAnalyzer inner) : IFaceAnalyzer
        {
            public IReadOnlyList<AnalyzedFace> Analyze(RgbImage image, bool withDescriptors = true)
            {
                if (Interlocked.Increment(ref owner._calls) == owner._holdCall)
                {
                    owner.Reached.TrySetResult();
                    owner._gate.Wait();
                    throw new OperationCanceledException("let go after its silo stopped");
                }

                return inner.Analyze(image, withDescriptors);
            }
        }
    }
}
