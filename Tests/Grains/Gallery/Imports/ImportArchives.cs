using System.Text;
using FaceClassifier.Blobs;
using FaceClassifier.Gallery;
using FaceClassifier.Gallery.Imports;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Grains.Gallery.Imports;

/// <summary>The archive the import tests share, with what importing it must report.</summary>
public static class ImportArchives
{
    public const string Ann = "Ann Example";
    public const string Bob = "Bob Example";

    /// <summary>Two people with good photos, a group photo, a faceless, a damaged and a non-image file, a folder that gives no one, a loose file.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Mixed() =>
    [
        ("gallery/Ann Example/front.jpg", TestFacePhotos.Face(1, 1)),
        ("gallery/Ann Example/group.jpg", TestFacePhotos.Group(1)),
        ("gallery/Ann Example/side.jpg", TestFacePhotos.Face(2, 0)),
        ("gallery/Bob Example/face.jpg", TestFacePhotos.Face(3, 0)),
        ("gallery/Bob Example/blank.jpg", TestFacePhotos.Faceless()),
        ("gallery/Bob Example/broken.jpg", TestFacePhotos.Damaged()),
        ("gallery/Bob Example/notes.txt", Encoding.UTF8.GetBytes("Bob likes trains.")),
        ("gallery/Nobody/blank.jpg", TestFacePhotos.Faceless()),
        ("gallery/readme.txt", Encoding.UTF8.GetBytes("One folder per person.")),
    ];

    /// <summary>The refusals of <see cref="Mixed"/>: the plan's first, then in the order the photos are read.</summary>
    public static IReadOnlyList<RefusedPhoto> MixedRefusals { get; } =
    [
        new("gallery/readme.txt", "not in a person's folder"),
        new("gallery/Ann Example/group.jpg", "3 faces found; a gallery photo must show exactly one"),
        new("gallery/Bob Example/blank.jpg", "no face found"),
        new("gallery/Bob Example/broken.jpg", "not a decodable image"),
        new("gallery/Bob Example/notes.txt", "not an image file"),
        new("gallery/Nobody/blank.jpg", "no face found"),
    ];

    public static byte[] Build(string format, IEnumerable<(string Path, byte[] Bytes)> files) =>
        format == "zip" ? TestArchives.Zip(files) : TestArchives.Tar(files);

    public static Guid PersonId(Guid importId, string folder) => ImportedPersonIds.For(importId, folder);

    /// <summary>Stores the archive where the API would and starts the import.</summary>
    public static async Task StartAsync(IGrainFactory grains, IBlobStore blobs, Guid importId, byte[] archive)
    {
        var key = BlobKeys.ImportArchive(importId);
        await blobs.WriteAsync(key, new MemoryStream(archive), archive.Length);
        await grains.GetGrain<IGalleryImportGrain>(importId).StartAsync(key);
    }

    public static Task<ImportProgress> WaitForFinishAsync(IGrainFactory grains, Guid importId, TimeSpan? timeout = null) =>
        Poll.UntilAsync(
            async () => await grains.GetGrain<IGalleryImportGrain>(importId).GetAsync() is { Status: ImportStatus.Done or ImportStatus.Failed } p ? p : null,
            $"import {importId} to finish",
            timeout ?? TimeSpan.FromMinutes(2));
}
