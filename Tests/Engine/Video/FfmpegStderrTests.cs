using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class FfmpegStderrTests
{
    [Fact]
    public async Task Timestamps_come_from_pts_and_the_time_base()
    {
        var stderr = new FfmpegStderr();
        stderr.OnLine("[Parsed_showinfo_2 @ 0x55f4c472ce40] [info] config in time_base: 1/12800, frame_rate: 25/1");
        stderr.OnLine("[Parsed_showinfo_2 @ 0x55f4c472ce40] [info] n:   0 pts:      0 pts_time:0       pos:       48 fmt:yuv420p");
        stderr.OnLine("[Parsed_showinfo_2 @ 0x55f4c472ce40] [info] color_range:tv color_space:unknown");
        stderr.OnLine("[Parsed_showinfo_2 @ 0x55f4c472ce40] [info] n:   1 pts:   6656 pts_time:0.52    pos:     4211 fmt:yuv420p");

        Assert.Equal(TimeSpan.Zero, await stderr.NextTimestampAsync(CancellationToken.None));
        Assert.Equal(TimeSpan.FromMilliseconds(520), await stderr.NextTimestampAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_timestamp_after_exit_is_an_invalid_video()
    {
        var stderr = new FfmpegStderr();
        using var exited = new CancellationTokenSource();
        await exited.CancelAsync();

        await Assert.ThrowsAsync<InvalidVideoException>(() => stderr.NextTimestampAsync(exited.Token).AsTask());
    }

    [Fact]
    public void Keeps_error_lines_and_notices_truncation()
    {
        var stderr = new FfmpegStderr();
        stderr.OnLine("[info] Stream mapping:");
        stderr.OnLine("[matroska,webm @ 0x5581ab840940] [error] File ended prematurely");

        Assert.True(stderr.Truncated);
        Assert.Equal(["[matroska,webm @ 0x5581ab840940] File ended prematurely"], stderr.Errors);
    }
}
