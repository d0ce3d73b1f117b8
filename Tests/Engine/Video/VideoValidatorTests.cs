using FaceClassifier.Engine.Video.VideoValidation;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class VideoValidatorTests
{
    [Theory]
    [MemberData(nameof(PatternVideo.AllowedContainers), MemberType = typeof(PatternVideo))]
    public async Task Accepts_each_allowed_container(string container)
    {
        var info = await VideoServices.Validator().ValidateAsync(TestVideos.Pattern(container));

        Assert.Equal(container, info.Container);
    }

    [Fact]
    public async Task Names_a_container_that_is_not_allowed()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Validator().ValidateAsync(TestVideos.Pattern("flv")));

        Assert.Equal("container 'flv' is not allowed; use mp4, mov, mkv, webm or avi. codec 'flv1' is not allowed; use h264, hevc, vp8, vp9, av1 or mpeg4", ex.Message);
    }

    [Fact]
    public async Task Names_a_codec_that_is_not_allowed()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Validator().ValidateAsync(TestVideos.Pattern("mpeg2.mkv")));

        Assert.Equal("codec 'mpeg2video' is not allowed; use h264, hevc, vp8, vp9, av1 or mpeg4", ex.Message);
    }

    [Fact]
    public async Task Names_a_duration_over_the_maximum()
    {
        var options = new VideoValidationOptions { MaxDuration = TimeSpan.FromSeconds(3) };

        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Validator(options).ValidateAsync(TestVideos.Pattern("mp4")));

        Assert.Equal("duration 0:04 exceeds the maximum of 0:03", ex.Message);
    }

    [Fact]
    public async Task Names_a_file_size_over_the_maximum()
    {
        var path = TestVideos.Pattern("mp4");
        var options = new VideoValidationOptions { MaxBytes = 2048 };

        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Validator(options).ValidateAsync(path));

        Assert.Equal($"file size {HumanText.Size(new FileInfo(path).Length)} exceeds the maximum of 2 KB", ex.Message);
        Assert.Matches(@"^file size \d+(\.\d)? KB exceeds", ex.Message);
    }

    [Fact]
    public async Task Names_every_rule_broken_at_once()
    {
        var options = new VideoValidationOptions { MaxBytes = 1024, MaxDuration = TimeSpan.FromSeconds(2) };

        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Validator(options).ValidateAsync(TestVideos.Pattern("flv")));

        Assert.Contains("exceeds the maximum of 1 KB", ex.Message);
        Assert.Contains("container 'flv' is not allowed", ex.Message);
        Assert.Contains("codec 'flv1' is not allowed", ex.Message);
        Assert.Contains("duration 0:04 exceeds the maximum of 0:02", ex.Message);
    }

    [Fact]
    public async Task A_file_without_a_video_stream_is_rejected()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Validator().ValidateAsync(TestVideos.AudioOnly));

        Assert.StartsWith("no video stream", ex.Message);
    }

    [Fact]
    public async Task A_text_file_is_rejected()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Validator().ValidateAsync(TestVideos.TextFileNamedMp4));

        Assert.Equal("the file is not a video in a format that can be read", ex.Message);
    }

    [Theory]
    [InlineData("mp4")]
    [InlineData("webm")]
    public async Task A_truncated_file_that_probes_fine_is_caught_by_decoding_near_the_end(string container)
    {
        var path = container == "mp4" ? TestVideos.TruncatedFastStart : TestVideos.TruncatedWebm;
        Assert.Equal(PatternVideo.Duration.TotalSeconds, (await VideoServices.Probe().ProbeAsync(path)).Duration.TotalSeconds, 3);

        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.Validator().ValidateAsync(path));

        Assert.Equal("no frame can be decoded at 0:03 of 0:04; the file is probably truncated", ex.Message);
    }

    [Fact]
    public void Options_that_reject_everything_fail_validation()
    {
        var validator = new VideoValidationOptionsValidator();

        Assert.True(validator.Validate(null, new VideoValidationOptions()).Succeeded);
        var result = validator.Validate(null, new VideoValidationOptions { AllowedContainers = [], MaxDuration = TimeSpan.Zero });
        Assert.True(result.Failed);
        Assert.Equal(["AllowedContainers must name at least one container.", "MaxDuration must be positive."], result.Failures);
    }
}
