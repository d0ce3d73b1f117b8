using System.Formats.Tar;
using System.Text;
using FaceClassifier.Gallery.Imports;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Grains.Gallery.Imports;

/// <summary>Zip and tar archives listed and read back, told apart by content.</summary>
[Trait("Kind", "unit")]
public sealed class PhotoArchiveTests
{
    private static readonly (string Path, byte[] Bytes)[] Files =
    [
        ("people/", []),
        ("people/Ann/one.jpg", Bytes(1, 700)),
        ("people/Ann/two.jpg", Bytes(2, 0)),
        ("people/Bob Builder/" + new string('b', 90) + ".png", Bytes(3, 513)),
        ("people/Bob Builder/three.jpg", Bytes(4, 100_000)),
    ];

    public static TheoryData<string> Formats => ["zip", "pax", "ustar", "gnu"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_regular_file_is_listed_in_archive_order_and_reads_back_whole(string format)
    {
        using var archive = PhotoArchive.Open(new MemoryStream(Build(format, Files)));

        Assert.Equal(format == "zip" ? ArchiveFormat.Zip : ArchiveFormat.Tar, archive.Format);
        Assert.Equal(Files.Skip(1).Select(f => f.Path), archive.Files.Select(f => f.Path));
        Assert.Equal(Files.Skip(1).Select(f => (long)f.Bytes.Length), archive.Files.Select(f => f.Length));

        // Any order: the last first, then the rest.
        foreach (var file in archive.Files.Reverse())
        {
            Assert.Equal(Files.Single(f => f.Path == file.Path).Bytes, archive.Read(file, maxBytes: 1 << 20));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_file_over_the_cap_is_not_read(string format)
    {
        using var archive = PhotoArchive.Open(new MemoryStream(Build(format, Files)));
        var big = archive.Files.Single(f => f.Path.EndsWith("three.jpg"));

        Assert.Null(archive.Read(big, maxBytes: 99_999));
        Assert.Equal(100_000, archive.Read(big, maxBytes: 100_000)!.Length);
    }

    [Fact]
    public void Formats_are_told_by_content_only()
    {
        var zip = TestArchives.Zip([("a/b.jpg", [1])]);
        var tar = TestArchives.Tar([("a/b.jpg", [1])]);

        Assert.Equal(ArchiveFormat.Zip, ArchiveFormats.Detect(zip));
        Assert.Equal(ArchiveFormat.Tar, ArchiveFormats.Detect(tar));
        Assert.Null(ArchiveFormats.Detect(TestArchives.Tar([("a/b.jpg", [1])], TarEntryFormat.V7))); // no magic
        Assert.Null(ArchiveFormats.Detect("PK\x05\x06"u8)); // an empty zip: nothing to import
        Assert.Null(ArchiveFormats.Detect(Encoding.ASCII.GetBytes("not an archive at all")));
        Assert.Null(ArchiveFormats.Detect(tar.AsSpan(0, 261)));
        Assert.Null(ArchiveFormats.Detect([]));
    }

    [Fact]
    public void Bodies_that_are_neither_or_damaged_are_invalid_data()
    {
        var neither = Assert.Throws<InvalidDataException>(() => PhotoArchive.Open(new MemoryStream(new byte[1000])));
        Assert.Equal("the archive is neither a zip nor a tar file", neither.Message);

        // A zip's listing is at its end: cut it off and only the local headers remain.
        var zip = TestArchives.Zip(Files.Skip(1));
        var cut = Assert.Throws<InvalidDataException>(() => PhotoArchive.Open(new MemoryStream(zip[..(zip.Length - 30)])));
        Assert.NotEmpty(cut.Message);
    }

    [Fact]
    public void A_tar_cut_inside_a_file_is_damaged_as_a_whole()
    {
        // 10,000 bytes of data padded to 10,240, then two empty blocks: 6,000 bytes off the end is inside the data,
        // and listing seeks past each file's data to the next header.
        var tar = TestArchives.Tar([("a/one.jpg", Bytes(1, 10_000))]);

        var damaged = Assert.Throws<InvalidDataException>(() => PhotoArchive.Open(new MemoryStream(tar[..(tar.Length - 6000)])));
        Assert.StartsWith("the tar archive is damaged: ", damaged.Message);
    }

    private static byte[] Build(string format, IEnumerable<(string Path, byte[] Bytes)> files) => format switch
    {
        "zip" => TestArchives.Zip(files.Where(f => !f.Path.EndsWith('/'))),
        "pax" => TestArchives.Tar(files),
        "ustar" => TestArchives.Tar(files, TarEntryFormat.Ustar),
        _ => TestArchives.Tar(files, TarEntryFormat.Gnu),
    };

    private static byte[] Bytes(int seed, int length) => [.. Enumerable.Range(0, length).Select(i => (byte)((i * 31) + seed))];
}
