using FaceClassifier.Blobs;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Gallery;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FaceClassifier.Tests.Grains.Gallery.Imports.ImportArchives;

namespace FaceClassifier.Tests.Grains.Gallery.Imports;

/// <summary>Import grains over the real engine, gallery, blob store and grain storage.</summary>
[Trait("Kind", "integration")]
[Collection(ServiceClusterCollection.Name)]
public sealed class GalleryImportTests(ServiceClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Client;
    private readonly IServiceProvider _silo = fixture.Cluster.Silos[0].SiloHost.Services;

    private IBlobStore Blobs => _silo.GetRequiredService<IBlobStore>();

    private IGallery Gallery => _silo.GetRequiredService<IGallery>();

    [Theory]
    [InlineData("zip")]
    [InlineData("tar")]
    public async Task Good_photos_make_people_and_every_other_photo_is_refused_with_its_reason(string format)
    {
        var importId = Guid.NewGuid();
        await StartAsync(_grains, Blobs, importId, Build(format, Mixed()));

        var progress = await WaitForFinishAsync(_grains, importId);

        Assert.Equal((ImportStatus.Done, null), (progress.Status, progress.Error));
        Assert.Equal((9, 9), (progress.PhotosDone, progress.PhotosTotal));
        var (ann, bob) = (PersonId(importId, Ann), PersonId(importId, Bob));
        Assert.Equal([new ImportedPerson(ann.ToString(), Ann), new ImportedPerson(bob.ToString(), Bob)], progress.People);
        Assert.Equal(MixedRefusals, progress.Refused);
        Assert.Equal(6, progress.RefusedCount);
        Assert.NotNull(progress.CompletedAt);

        Assert.Equal((Ann, 2), await NameAndPhotosAsync(ann));
        Assert.Equal((Bob, 1), await NameAndPhotosAsync(bob));
        Assert.Null(await Gallery.GetAsync(PersonId(importId, "Nobody")));
        await AssertThumbnailAsync(ann);
        await AssertThumbnailAsync(bob);
        Assert.Null(await Blobs.OpenReadAsync(BlobKeys.PersonThumbnail(PersonId(importId, "Nobody"))));

        // The archive goes once the outcome is saved, which progress reads may see a moment before.
        await Poll.UntilAsync(
            async () => await Blobs.OpenReadAsync(BlobKeys.ImportArchive(importId)) is { } left ? Close(left) : "deleted",
            "the archive to be deleted");
    }

    private static string? Close(Stream stream)
    {
        stream.Dispose();
        return null;
    }

    [Fact]
    public async Task A_damaged_archive_fails_the_import_and_an_unknown_import_is_null()
    {
        var importId = Guid.NewGuid();
        var zip = Build("zip", Mixed().Take(2));
        await StartAsync(_grains, Blobs, importId, zip[..(zip.Length - 30)]);

        var progress = await WaitForFinishAsync(_grains, importId);

        Assert.Equal((ImportStatus.Failed, 0, 0), (progress.Status, progress.PhotosDone, progress.PhotosTotal));
        Assert.StartsWith("the zip archive is damaged: ", progress.Error);
        Assert.Empty(progress.People);
        Assert.Null(await _grains.GetGrain<IGalleryImportGrain>(Guid.NewGuid()).GetAsync());
    }

    [Fact]
    public async Task Starting_again_changes_nothing()
    {
        var importId = Guid.NewGuid();
        await StartAsync(_grains, Blobs, importId, Build("zip", Mixed().Take(1)));
        var done = await WaitForFinishAsync(_grains, importId);

        var again = await _grains.GetGrain<IGalleryImportGrain>(importId).StartAsync("imports/other/archive");

        Assert.Equal((ImportStatus.Done, 1), (again.Status, again.PhotosDone));
        Assert.Equal(done.People, again.People);
    }

    private async Task<(string, int)> NameAndPhotosAsync(Guid personId) =>
        await Gallery.GetAsync(personId) is { } person ? (person.Name, person.Photos) : ("(none)", 0);

    private async Task AssertThumbnailAsync(Guid personId)
    {
        await using var stream = await Blobs.OpenReadAsync(BlobKeys.PersonThumbnail(personId));
        Assert.NotNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var image = new OpenCvImageCodec().Decode(buffer.ToArray());
        Assert.InRange(Math.Max(image.Width, image.Height), 60, 160);
    }
}
