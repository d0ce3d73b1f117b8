using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class FfprobeVideoProbeTests
{
    [Theory]
    [InlineData("mp4", "mp4", "h264")]
    [InlineData("mov", "mov", "h264")]
    [InlineData("mkv", "mkv", "hevc")]
    [InlineData("webm", "webm", "vp9")]
    [InlineData("avi", "avi", "mpeg4")]
    [InlineData("flv", "flv", "flv1")]
    [InlineData("mpeg2.mkv", "mkv", "mpeg2video")]
    public async Task Reports_container_codec_duration_size_and_rate(string variant, string container, string codec)
    {
        var path = TestVideos.Pattern(variant);

        var info = await VideoServices.Probe().ProbeAsync(path);

        Assert.Equal(container, info.Container);
        Assert.Equal(codec, info.Codec);
        Assert.Equal(PatternVideo.Duration.TotalSeconds, info.Duration.TotalSeconds, 3);
        Assert.Equal((PatternVideo.Width, PatternVideo.Height), (info.Width, info.Height));
        Assert.Equal(PatternVideo.FramesPerSecond, info.FrameRate, 6);
        Assert.Equal(new FileInfo(path).Length, info.SizeBytes);
    }

    [Fact]
    public async Task Reports_the_zoom_video()
    {
        var info = await VideoServices.Probe().ProbeAsync(TestVideos.GroupZoom);

        Assert.Equal(new FaceClassifier.Engine.Video.VideoInfo("mp4", "h264", TimeSpan.FromSeconds(4), 960, 640, 25, new FileInfo(TestVideos.GroupZoom).Length), info);
    }

    [Fact]
    public async Task Reports_the_upright_size_of_a_rotated_video()
    {
        var info = await VideoServices.Probe().ProbeAsync(TestVideos.PatternRotated90);

        Assert.Equal((PatternVideo.Height, PatternVideo.Width), (info.Width, info.Height));
    }

    [Fact]
    public async Task A_truncated_mp4_is_reported_as_incomplete()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Probe().ProbeAsync(TestVideos.Truncated));

        Assert.Equal("the MP4/MOV file is incomplete: its index (the 'moov' box) is missing, so it was probably cut off during upload or recording", ex.Message);
    }

    [Fact]
    public async Task A_text_file_named_mp4_is_not_a_video()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Probe().ProbeAsync(TestVideos.TextFileNamedMp4));

        Assert.Equal("the file is not a video in a format that can be read", ex.Message);
    }

    [Fact]
    public async Task An_audio_file_has_no_video_stream()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Probe().ProbeAsync(TestVideos.AudioOnly));

        Assert.StartsWith("no video stream", ex.Message);
    }

    [Fact]
    public async Task A_photo_is_a_still_image_not_a_video()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Probe().ProbeAsync(TestAssets.DemoImage("sample1.jpg")));

        Assert.Equal("the file is a still image, not a video", ex.Message);
    }

    [Fact]
    public async Task An_empty_file_is_rejected()
    {
        var path = Path.Combine(TestAssets.TempDirectory(), "empty.mp4");
        await File.WriteAllBytesAsync(path, []);

        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Probe().ProbeAsync(path));

        Assert.Equal("the file is empty", ex.Message);
    }

    [Fact]
    public async Task A_missing_file_is_not_found()
    {
        var path = Path.Combine(TestAssets.TempDirectory(), "missing.mp4");

        await Assert.ThrowsAsync<FileNotFoundException>(() => VideoServices.Probe().ProbeAsync(path));
    }
}
