using FaceClassifier.Engine.Video;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class FfmpegFrameSourceTests
{
    private static readonly int[] TwoPerSecond = [0, 13, 25, 38, 50, 63, 75, 88];

    [Theory]
    [MemberData(nameof(PatternVideo.AllowedContainers), MemberType = typeof(PatternVideo))]
    public async Task Samples_two_frames_a_second_with_their_real_timestamps(string container)
    {
        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern(container), new FrameSampling { ReferenceFramesOnly = false });

        // The first source frame at or after each half second: 0, 0.52, 1.00, 1.52, ...
        Assert.Equal(TwoPerSecond, frames.Select(f => PatternVideo.FrameNumber(f.Image)));
        Assert.Equal(TwoPerSecond.Select(PatternVideo.TimeOf), frames.Select(f => f.Timestamp));
        Assert.Equal(Enumerable.Range(0, TwoPerSecond.Length), frames.Select(f => f.Index));
        Assert.All(frames, f => Assert.Equal((PatternVideo.Width, PatternVideo.Height), (f.Image.Width, f.Image.Height)));
    }

    [Theory]
    [MemberData(nameof(PatternVideo.AllowedContainers), MemberType = typeof(PatternVideo))]
    public async Task By_default_each_half_second_still_gets_a_frame_at_most_two_frames_late_with_its_own_timestamp(string container)
    {
        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern(container), new FrameSampling());

        var numbers = frames.Select(f => PatternVideo.FrameNumber(f.Image)).ToList();
        Assert.Equal(TwoPerSecond.Length, numbers.Count);
        Assert.All(numbers.Zip(TwoPerSecond), n => Assert.InRange(n.First, n.Second, n.Second + 2));
        Assert.Equal(numbers.Select(PatternVideo.TimeOf), frames.Select(f => f.Timestamp));
    }

    [Fact]
    public async Task By_default_the_decoder_skips_the_frames_nothing_is_predicted_from()
    {
        // The mkv pattern is HEVC with B-frames no other frame refers to; at least one half second starts on one of them.
        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern("mkv"), new FrameSampling());

        Assert.Contains(frames.Zip(TwoPerSecond), f => PatternVideo.FrameNumber(f.First.Image) > f.Second);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(25)]
    public async Task Samples_at_other_rates(int framesPerSecond)
    {
        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern("mp4"), new FrameSampling { FramesPerSecond = framesPerSecond });

        var expected = ExpectedFrames(framesPerSecond, 0, PatternVideo.FrameCount);
        Assert.Equal(expected, frames.Select(f => PatternVideo.FrameNumber(f.Image)));
        Assert.Equal(expected.Select(PatternVideo.TimeOf), frames.Select(f => f.Timestamp));
    }

    [Fact]
    public async Task Keeps_to_the_start_and_end_of_the_range()
    {
        var sampling = new FrameSampling { Start = TimeSpan.FromSeconds(1.3), End = TimeSpan.FromSeconds(2.9) };

        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern("mkv"), sampling);

        // Slots start at 1.3, 1.8, 2.3, 2.8: frames 1.32 (33), 1.80 (45), 2.32 (58), 2.80 (70).
        int[] expected = [33, 45, 58, 70];
        Assert.Equal(expected, frames.Select(f => PatternVideo.FrameNumber(f.Image)));
        Assert.Equal(expected.Select(PatternVideo.TimeOf), frames.Select(f => f.Timestamp));
        Assert.Equal([0, 1, 2, 3], frames.Select(f => f.Index));
    }

    [Fact]
    public async Task Scales_down_to_max_width_keeping_the_aspect_with_even_sides()
    {
        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern("mp4"), new FrameSampling { MaxWidth = 101, FramesPerSecond = 1 });

        Assert.Equal(4, frames.Count);
        Assert.All(frames, f => Assert.Equal((100, 76), (f.Image.Width, f.Image.Height)));
        Assert.Equal([0, 25, 50, 75], frames.Select(f => PatternVideo.FrameNumber(f.Image)));
    }

    [Fact]
    public async Task Keeps_the_size_when_max_width_is_not_smaller()
    {
        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern("mp4"), new FrameSampling { MaxWidth = 320, FramesPerSecond = 1 });

        Assert.All(frames, f => Assert.Equal((320, 240), (f.Image.Width, f.Image.Height)));
    }

    [Fact]
    public async Task Frames_are_rgb_in_row_order()
    {
        var frame = (await VideoServices.ReadAllAsync(TestVideos.Pattern("mp4"), new FrameSampling { End = TimeSpan.FromSeconds(0.4) })).Single();

        AssertNear((255, 0, 0), TestImages.Pixel(frame.Image, 50, 180));
        AssertNear((0, 255, 0), TestImages.Pixel(frame.Image, 160, 180));
        AssertNear((0, 0, 255), TestImages.Pixel(frame.Image, 270, 180));
        AssertNear((0, 0, 0), TestImages.Pixel(frame.Image, 20, 60));
    }

    [Fact]
    public async Task A_rotated_video_gives_upright_frames_of_the_probed_size()
    {
        var frame = (await VideoServices.ReadAllAsync(TestVideos.PatternRotated90, new FrameSampling { End = TimeSpan.FromSeconds(0.4) })).Single();

        // Rotation 90 is a quarter turn counter-clockwise: the red, green and blue thirds run up the right half.
        Assert.Equal((240, 320), (frame.Image.Width, frame.Image.Height));
        AssertNear((255, 0, 0), TestImages.Pixel(frame.Image, 180, 270));
        AssertNear((0, 255, 0), TestImages.Pixel(frame.Image, 180, 160));
        AssertNear((0, 0, 255), TestImages.Pixel(frame.Image, 180, 50));
        AssertNear((0, 0, 0), TestImages.Pixel(frame.Image, 60, 160));
    }

    [Fact]
    public async Task A_start_past_the_end_gives_no_frames()
    {
        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern("mp4"), new FrameSampling { Start = TimeSpan.FromSeconds(10) });

        Assert.Empty(frames);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public async Task Rejects_a_rate_that_is_not_positive(double framesPerSecond)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            VideoServices.ReadAllAsync(TestVideos.Pattern("mp4"), new FrameSampling { FramesPerSecond = framesPerSecond }));
    }

    /// <summary>Source frames (25 fps) that open a new 1/rate slot after <paramref name="first"/>, in exact integer arithmetic.</summary>
    internal static int[] ExpectedFrames(int rate, int first, int end) =>
        Enumerable.Range(first, end - first)
            .Where(n => n == first || (n - first) * rate / PatternVideo.FramesPerSecond != (n - 1 - first) * rate / PatternVideo.FramesPerSecond)
            .ToArray();

    private static void AssertNear((int R, int G, int B) expected, (byte R, byte G, byte B) actual)
    {
        Assert.InRange(Math.Abs(expected.R - actual.R), 0, 12);
        Assert.InRange(Math.Abs(expected.G - actual.G), 0, 12);
        Assert.InRange(Math.Abs(expected.B - actual.B), 0, 12);
    }
}
