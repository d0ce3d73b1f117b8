using FaceClassifier.Engine.Video.VideoValidation;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class HumanTextTests
{
    [Theory]
    [InlineData(750, false, "12:30")]
    [InlineData(600, false, "10:00")]
    [InlineData(4, false, "0:04")]
    [InlineData(3723, false, "1:02:03")]
    [InlineData(600.55, true, "10:00.5")]
    public void Durations_read_like_a_clock(double seconds, bool tenths, string expected)
    {
        Assert.Equal(expected, HumanText.Duration(TimeSpan.FromSeconds(seconds), tenths));
    }

    [Theory]
    [InlineData(200L * 1024 * 1024, "200 MB")]
    [InlineData(262_668_288L, "250.5 MB")]
    [InlineData(2048, "2 KB")]
    [InlineData(900, "900 bytes")]
    public void Sizes_use_binary_units(long bytes, string expected)
    {
        Assert.Equal(expected, HumanText.Size(bytes));
    }

    [Fact]
    public void Lists_end_with_or()
    {
        Assert.Equal("mp4, mov, mkv, webm or avi", HumanText.OrList(["mp4", "mov", "mkv", "webm", "avi"]));
        Assert.Equal("mp4", HumanText.OrList(["mp4"]));
    }
}
