using System.Globalization;
using FaceClassifier.Engine.Video;
using FaceClassifier.Tests.Testing;
using FFMpegCore;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class KeyframeModeTests
{
    [Theory]
    [InlineData("mp4")]
    [InlineData("mov")]
    [InlineData("mkv")]
    [InlineData("avi")]
    public async Task Gives_each_keyframe_once_with_its_real_timestamp(string container)
    {
        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern(container), new FrameSampling { KeyframesOnly = true });

        // These encodes put a keyframe exactly every second (frames 0, 25, 50, 75).
        Assert.Equal([0, 25, 50, 75], frames.Select(f => PatternVideo.FrameNumber(f.Image)));
        Assert.Equal([0, 1, 2, 3], frames.Select(f => f.Timestamp.TotalSeconds));
    }

    [Fact]
    public async Task Matches_the_keyframe_flags_in_the_container_even_where_the_decoder_ignores_skip_frame()
    {
        // libvpx adds keyframes of its own and the vp9 decoder decodes every frame despite -skip_frame.
        var path = TestVideos.Pattern("webm");
        var packets = await FFProbe.GetPacketsAsync(path);
        var flagged = packets.Packets
            .Where(p => p.CodecType == "video" && p.Flags.StartsWith('K') && p.PtsTime is not null)
            // FFMpegCore asks ffprobe for sexagesimal times ("0:00:01.000000").
            .Select(p => Math.Round(TimeSpan.Parse(p.PtsTime!, CultureInfo.InvariantCulture).TotalSeconds, 3))
            .ToList();

        var frames = await VideoServices.ReadAllAsync(path, new FrameSampling { KeyframesOnly = true });

        Assert.Equal(flagged, frames.Select(f => f.Timestamp.TotalSeconds));
        Assert.All(frames, f => Assert.Equal(PatternVideo.TimeOf(PatternVideo.FrameNumber(f.Image)), f.Timestamp));
        Assert.InRange(frames.Count, 4, PatternVideo.FrameCount / 5);
    }

    [Fact]
    public async Task Honours_the_range_and_max_width()
    {
        var sampling = new FrameSampling { KeyframesOnly = true, Start = TimeSpan.FromSeconds(0.5), End = TimeSpan.FromSeconds(3), MaxWidth = 160 };

        var frames = await VideoServices.ReadAllAsync(TestVideos.Pattern("mp4"), sampling);

        Assert.Equal([25, 50], frames.Select(f => PatternVideo.FrameNumber(f.Image)));
        Assert.Equal([1.0, 2.0], frames.Select(f => f.Timestamp.TotalSeconds));
        Assert.All(frames, f => Assert.Equal((160, 120), (f.Image.Width, f.Image.Height)));
    }
}
