using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>The cheap frame comparison that decides when the detector must look again, on real video frames.</summary>
[Trait("Kind", "unit")]
public sealed class NewContentCheckTests
{
    private const float Level = 12;

    [Fact]
    public async Task A_pan_over_a_wall_is_a_shift_of_the_camera_not_new_content()
    {
        var frames = await FramesAsync(TestVideos.NoFaces);
        using var check = new NewContentCheck(Level);
        check.Remember(frames[0], []);

        // The wall's crop moves 10 px/s in the photo, scaled 640/560: the picture moves left 11.4 px a second.
        var shift = check.Shift(frames[2]);

        Assert.NotNull(shift);
        Assert.InRange(shift.Value.X, -13f, -10f);
        Assert.InRange(shift.Value.Y, -1f, 1f);
        Assert.False(check.HasNewContent([]));
    }

    [Fact]
    public async Task A_face_appearing_on_a_still_wall_is_new_content_and_a_known_face_is_not()
    {
        var frames = await FramesAsync(TestVideos.FaceFlashes);
        using var check = new NewContentCheck(Level);
        check.Remember(frames[4], []);

        Assert.NotNull(check.Shift(frames[5]));
        Assert.True(check.HasNewContent([]));
        Assert.False(check.HasNewContent([new FaceBox(230, 70, 180, 220)]));
    }

    [Fact]
    public async Task Without_a_remembered_frame_every_frame_is_new()
    {
        var frames = await FramesAsync(TestVideos.NoFaces);
        using var check = new NewContentCheck(Level);

        Assert.Null(check.Shift(frames[0]));
        Assert.True(check.HasNewContent([]));
    }

    [Fact]
    public async Task A_frame_of_another_size_is_new()
    {
        var wall = await FramesAsync(TestVideos.NoFaces);
        var zoom = await FramesAsync(TestVideos.GroupZoom);
        using var check = new NewContentCheck(Level);
        check.Remember(wall[0], []);

        Assert.Null(check.Shift(zoom[0]));
    }

    private static async Task<List<RgbImage>> FramesAsync(string video)
    {
        var source = new FfmpegFrameSource(new FfprobeVideoProbe(NullLogger<FfprobeVideoProbe>.Instance), NullLogger<FfmpegFrameSource>.Instance);
        var frames = new List<RgbImage>();
        await foreach (var frame in source.ReadFramesAsync(video, new FrameSampling()))
        {
            frames.Add(frame.Image);
        }

        return frames;
    }
}
