using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Video;

/// <summary>
/// Reads ffmpeg's stderr (run with "-loglevel level+info"): the showinfo filter's line for each
/// frame it lets through gives that frame's real pts; error lines are kept for the user message.
/// </summary>
internal sealed partial class FfmpegStderr
{
    private const int MaxKeptErrors = 20;
    private readonly Channel<TimeSpan> _timestamps = Channel.CreateUnbounded<TimeSpan>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Queue<string> _errors = new();
    private long _timeBaseNum;
    private long _timeBaseDen;

    /// <summary>A demuxer reported that the file stops before its declared end (ffmpeg still exits 0).</summary>
    public bool Truncated { get; private set; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public void OnLine(string line)
    {
        if (line.Contains("Parsed_showinfo", StringComparison.Ordinal))
        {
            OnShowInfo(line);
            return;
        }

        if (line.Contains("[error]", StringComparison.Ordinal) || line.Contains("[fatal]", StringComparison.Ordinal))
        {
            Truncated |= line.Contains("File ended prematurely", StringComparison.Ordinal);
            lock (_errors)
            {
                _errors.Enqueue(line.Replace("[error] ", string.Empty, StringComparison.Ordinal).Replace("[fatal] ", string.Empty, StringComparison.Ordinal));
                if (_errors.Count > MaxKeptErrors)
                {
                    _errors.Dequeue();
                }
            }
        }
    }

    /// <summary>The pts of the next frame written; showinfo logs it before ffmpeg writes the frame.</summary>
    public async ValueTask<TimeSpan> NextTimestampAsync(CancellationToken processExited)
    {
        while (true)
        {
            if (_timestamps.Reader.TryRead(out var timestamp))
            {
                return timestamp;
            }

            try
            {
                await _timestamps.Reader.WaitToReadAsync(processExited).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (processExited.IsCancellationRequested)
            {
                // The process has exited and all of stderr has been read: a missing line stays missing.
                return _timestamps.Reader.TryRead(out timestamp)
                    ? timestamp
                    : throw new InvalidVideoException("ffmpeg wrote a frame without reporting its timestamp");
            }
        }
    }

    private void OnShowInfo(string line)
    {
        var timeBase = TimeBaseLine().Match(line);
        if (timeBase.Success)
        {
            _timeBaseNum = long.Parse(timeBase.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            _timeBaseDen = long.Parse(timeBase.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            return;
        }

        var frame = FrameLine().Match(line);
        if (!frame.Success)
        {
            return;
        }

        var pts = long.Parse(frame.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var timestamp = _timeBaseNum > 0 && _timeBaseDen > 0
            ? TimeSpan.FromTicks((long)((Int128)pts * _timeBaseNum * TimeSpan.TicksPerSecond / _timeBaseDen))
            : TimeSpan.FromSeconds(double.Parse(frame.Groups[2].ValueSpan, CultureInfo.InvariantCulture));
        _timestamps.Writer.TryWrite(timestamp);
    }

    [GeneratedRegex(@"config in time_base: (\d+)/(\d+)")]
    private static partial Regex TimeBaseLine();

    [GeneratedRegex(@"\bn:\s*\d+\s+pts:\s*(-?\d+)\s+pts_time:(\S+)")]
    private static partial Regex FrameLine();
}
