using FaceClassifier.Engine.Video;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class ContainerNameTests
{
    private const string MovFamily = "mov,mp4,m4a,3gp,3g2,mj2";

    [Theory]
    [InlineData("isom", "mp4")]
    [InlineData("mp42", "mp4")]
    [InlineData("M4V ", "mp4")]
    [InlineData("qt  ", "mov")]
    [InlineData(null, "mov")]
    [InlineData("3gp4", "3gp")]
    public void The_mp4_family_is_told_apart_by_major_brand(string? brand, string expected)
    {
        Assert.Equal(expected, ContainerName.Normalize(MovFamily, brand, "unused"));
    }

    [Fact]
    public void Other_formats_keep_their_ffprobe_name()
    {
        Assert.Equal("avi", ContainerName.Normalize("avi", null, "unused"));
        Assert.Equal("flv", ContainerName.Normalize("flv", null, "unused"));
        Assert.Equal("mpegts", ContainerName.Normalize("mpegts", null, "unused"));
    }

    [Theory]
    [InlineData("mkv", "matroska")]
    [InlineData("webm", "webm")]
    public void Matroska_files_are_told_apart_by_their_ebml_doctype(string variant, string docType)
    {
        Assert.Equal(docType, MatroskaDocType.Read(TestVideos.Pattern(variant)));
    }

    [Fact]
    public void A_doctype_is_read_from_a_handmade_ebml_header()
    {
        byte[] header = [0x1A, 0x45, 0xDF, 0xA3, 0x8F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, (byte)'w', (byte)'e', (byte)'b', (byte)'m'];

        Assert.Equal("webm", MatroskaDocType.Parse(header));
        Assert.Null(MatroskaDocType.Parse(header.AsSpan(0, 13)));
        Assert.Null(MatroskaDocType.Parse("not ebml at all"u8));
    }
}
