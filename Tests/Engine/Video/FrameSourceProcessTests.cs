using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Video;

/// <summary>How the frame source runs ffmpeg: one process per call, streamed, stopped on cancel, failures surfaced.</summary>
[Trait("Kind", "unit")]
public sealed class FrameSourceProcessTests
{
    private static readonly TimeSpan ExitDeadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Streams_every_frame_from_one_ffmpeg_process_that_is_gone_afterwards()
    {
        // Every source frame of the 960x640 zoom (100 x 1.8 MB): far more than any pipe buffer holds.
        var path = ChildProcesses.UniqueCopy(TestVideos.GroupZoom);
        var seen = new HashSet<int>();
        var count = 0;

        await foreach (var frame in VideoServices.FrameSource().ReadFramesAsync(path, new FrameSampling { FramesPerSecond = 25 }))
        {
            var running = ChildProcesses.Ffmpeg(path);
            if (frame.Index == 0)
            {
                // Frame 0 arrived while ffmpeg still had 99 frames to write: nothing was buffered whole.
                Assert.Single(running);
            }

            seen.UnionWith(running);
            count++;
        }

        Assert.Equal(100, count);
        Assert.Single(seen);
        Assert.True(ChildProcesses.WaitForExit(seen, ExitDeadline));
    }

    [Fact]
    public async Task Cancellation_kills_ffmpeg()
    {
        var path = ChildProcesses.UniqueCopy(TestVideos.GroupZoom);
        using var cts = new CancellationTokenSource();
        IReadOnlyList<int> running = [];
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var frame in VideoServices.FrameSource().ReadFramesAsync(path, new FrameSampling { FramesPerSecond = 25 }, cts.Token))
            {
                running = ChildProcesses.Ffmpeg(path);
                received++;
                await cts.CancelAsync();
            }
        });

        Assert.Equal(1, received);
        Assert.Single(running);
        Assert.True(ChildProcesses.WaitForExit(running, ExitDeadline), "ffmpeg still runs after cancellation");
        Assert.Empty(ChildProcesses.Ffmpeg(path));
    }

    [Fact]
    public async Task Stopping_early_kills_ffmpeg()
    {
        var path = ChildProcesses.UniqueCopy(TestVideos.GroupZoom);
        IReadOnlyList<int> running = [];

        await foreach (var frame in VideoServices.FrameSource().ReadFramesAsync(path, new FrameSampling { FramesPerSecond = 25 }))
        {
            running = ChildProcesses.Ffmpeg(path);
            break;
        }

        Assert.Single(running);
        Assert.True(ChildProcesses.WaitForExit(running, ExitDeadline), "ffmpeg still runs after the caller stopped reading");
    }

    [Theory]
    [InlineData("mp4")]
    [InlineData("webm")]
    public async Task A_file_cut_short_fails_mid_stream_with_invalid_video(string container)
    {
        var path = container == "mp4" ? TestVideos.TruncatedFastStart : TestVideos.TruncatedWebm;
        var frames = new List<VideoFrame>();

        var ex = await Assert.ThrowsAsync<InvalidVideoException>(async () =>
        {
            await foreach (var frame in VideoServices.FrameSource().ReadFramesAsync(path, new FrameSampling()))
            {
                frames.Add(frame);
            }
        });

        Assert.InRange(frames.Count, 1, 7);
        Assert.All(frames, f => Assert.Equal(PatternVideo.TimeOf(PatternVideo.FrameNumber(f.Image)), f.Timestamp));
        Assert.DoesNotContain(path, ex.Message);
    }

    [Fact]
    public async Task A_truncated_mp4_without_index_fails_before_any_frame()
    {
        var ex = await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.ReadAllAsync(TestVideos.Truncated, new FrameSampling()));

        Assert.Contains("incomplete", ex.Message);
    }

    [Fact]
    public async Task A_text_file_is_not_a_video()
    {
        await Assert.ThrowsAsync<InvalidVideoException>(() => VideoServices.ReadAllAsync(TestVideos.TextFileNamedMp4, new FrameSampling()));
    }
}
