using System.Threading.Channels;
using FaceClassifier.Engine.Vision.Abstractions;
using FFMpegCore;
using FFMpegCore.Exceptions;
using FFMpegCore.Pipes;

namespace FaceClassifier.Engine.Video;

/// <summary>
/// One ffmpeg process writing raw rgb24 frames into FFMpegCore's output pipe. Frames are read one at
/// a time and handed over through a one-slot channel, so a slow consumer pauses ffmpeg instead of
/// the video piling up in memory. Stopping the run (dispose or cancellation) kills ffmpeg.
/// </summary>
internal sealed class FfmpegFrameRun : IAsyncDisposable
{
    private readonly Channel<VideoFrame> _frames = Channel.CreateBounded<VideoFrame>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    private readonly FfmpegStderr _stderr = new();
    private readonly string _path;
    private readonly FrameExtractionPlan _plan;
    private readonly CancellationTokenSource _stop;
    private readonly Task _completion;
    private Exception? _readerFailure;

    private FfmpegFrameRun(string path, FrameExtractionPlan plan, CancellationToken cancellationToken)
    {
        _path = path;
        _plan = plan;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _completion = RunAsync();
    }

    public ChannelReader<VideoFrame> Frames => _frames.Reader;

    public static FfmpegFrameRun Start(string path, FrameExtractionPlan plan, CancellationToken cancellationToken) =>
        new(path, plan, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }
        catch (AggregateException)
        {
            // FFMpegCore's cancel callback can throw when ffmpeg exits at that very moment; it is ending either way.
        }

        await _completion.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var options = GlobalFFOptions.Current.Clone();
        options.LogLevel = null; // the plan sets "-loglevel level+info", which showinfo needs
        var sink = new StreamPipeSink(ReadFramesAsync) { Format = "rawvideo" };
        try
        {
            await FFMpegArguments
                .FromFileInput(_path, verifyExists: true, o => o.WithCustomArgument(_plan.InputArguments))
                .OutputToPipe(sink, o => o.WithCustomArgument(_plan.OutputArguments))
                .NotifyOnStandardError(_stderr.OnLine)
                .CancellableThrough(_stop.Token, TimeSpan.Zero)
                .ProcessAsynchronously(throwOnError: true, options)
                .ConfigureAwait(false);
            _frames.Writer.TryComplete(_readerFailure ?? (_stderr.Truncated
                ? new InvalidVideoException("the video ends before its stated duration: the file is truncated")
                : null));
        }
        catch (FFMpegProcessException ex)
        {
            _frames.Writer.TryComplete(new InvalidVideoException(FfmpegMessages.DecodeFailure(_path, _stderr.Errors), ex));
        }
        catch (Exception ex)
        {
            _frames.Writer.TryComplete(_readerFailure ?? ex);
        }
    }

    // FFMpegCore cancels its token as soon as ffmpeg exits, while frames may still sit in the pipe:
    // read to the end of the stream with our own token and use theirs only to learn that ffmpeg is gone.
    private async Task ReadFramesAsync(Stream pipe, CancellationToken processExited)
    {
        try
        {
            for (var index = 0; ; index++)
            {
                var pixels = new byte[_plan.FrameBytes];
                var read = await pipe.ReadAtLeastAsync(pixels, pixels.Length, throwOnEndOfStream: false, _stop.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                if (read < pixels.Length)
                {
                    throw new InvalidVideoException($"ffmpeg stopped in the middle of frame {index}");
                }

                var timestamp = await _stderr.NextTimestampAsync(processExited).ConfigureAwait(false);
                var frame = new VideoFrame(index, timestamp, new RgbImage(_plan.Width, _plan.Height, pixels));
                await _frames.Writer.WriteAsync(frame, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !_stop.IsCancellationRequested)
        {
            // ffmpeg may be blocked writing to the pipe we stopped reading: kill it rather than wait.
            _readerFailure = ex;
            await _stop.CancelAsync().ConfigureAwait(false);
        }
    }
}
