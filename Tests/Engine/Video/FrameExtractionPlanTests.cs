using FaceClassifier.Engine.Video;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class FrameExtractionPlanTests
{
    [Theory]
    [InlineData(1920, 1080, null, 1920, 1080)]
    [InlineData(1920, 1080, 1920, 1920, 1080)]
    [InlineData(1920, 1080, 640, 640, 360)]
    [InlineData(1920, 1080, 641, 640, 360)]
    [InlineData(1280, 720, 500, 500, 282)]
    [InlineData(320, 240, 101, 100, 76)]
    [InlineData(4000, 10, 100, 100, 2)]
    public void Output_size_keeps_the_aspect_with_even_sides(int width, int height, int? maxWidth, int expectedWidth, int expectedHeight)
    {
        Assert.Equal((expectedWidth, expectedHeight), FrameExtractionPlan.OutputSize(width, height, maxWidth));
    }

    [Fact]
    public void Keyframe_mode_skips_non_keyframes_in_the_decoder_and_the_filter()
    {
        var info = new VideoInfo("mp4", "h264", TimeSpan.FromSeconds(4), 320, 240, 25, 1000);

        var plan = FrameExtractionPlan.Create(info, new FrameSampling { KeyframesOnly = true, Start = TimeSpan.FromSeconds(1.5) });

        Assert.Contains("-skip_frame nokey", plan.InputArguments);
        Assert.Contains("-ss 1.5", plan.InputArguments);
        Assert.Contains("select='eq(key,1)*gte(t,1.5)'", plan.OutputArguments);
        Assert.Equal(320 * 240 * 3, plan.FrameBytes);
    }

    [Theory]
    [InlineData(25, 2, true, true)]
    [InlineData(25, 3, true, true)]
    [InlineData(25, 5, true, false)]
    [InlineData(25, 25, true, false)]
    [InlineData(60, 2, true, true)]
    [InlineData(25, 2, false, false)]
    [InlineData(0, 2, true, false)]
    public void Non_reference_frames_are_skipped_only_when_each_slot_spans_eight_frames(double frameRate, double framesPerSecond, bool referenceOnly, bool skips)
    {
        var info = new VideoInfo("mp4", "h264", TimeSpan.FromSeconds(4), 320, 240, frameRate, 1000);

        var plan = FrameExtractionPlan.Create(info, new FrameSampling { FramesPerSecond = framesPerSecond, ReferenceFramesOnly = referenceOnly });

        Assert.Equal(skips, plan.InputArguments.Contains("-skip_frame noref", StringComparison.Ordinal));
        Assert.Contains("-threads 1", plan.InputArguments);
    }

    [Fact]
    public void Rejects_an_end_before_the_start()
    {
        var info = new VideoInfo("mp4", "h264", TimeSpan.FromSeconds(4), 320, 240, 25, 1000);

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            FrameExtractionPlan.Create(info, new FrameSampling { Start = TimeSpan.FromSeconds(2), End = TimeSpan.FromSeconds(1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => FrameExtractionPlan.Create(info, new FrameSampling { MaxWidth = 1 }));
    }
}
