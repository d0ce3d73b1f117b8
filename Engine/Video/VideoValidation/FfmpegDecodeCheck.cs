using System.Globalization;
using FFMpegCore;
using FFMpegCore.Pipes;

namespace FaceClassifier.Engine.Video.VideoValidation;

/// <summary>Decodes one tiny frame at a position: a truncated file can probe fine and still fail here.</summary>
internal static class FfmpegDecodeCheck
{
    private const int Side = 8;

    /// <remarks>
    /// One retry: under heavy load the pipe between ffmpeg and us has been seen to fail once for a good file,
    /// and a valid upload must not be refused for a local hiccup. A damaged file fails both times.
    /// </remarks>
    public static async Task<bool> CanDecodeFrameAtAsync(string path, TimeSpan position, CancellationToken cancellationToken) =>
        await TryDecodeAsync(path, position, cancellationToken).ConfigureAwait(false)
        || await TryDecodeAsync(path, position, cancellationToken).ConfigureAwait(false);

    private static async Task<bool> TryDecodeAsync(string path, TimeSpan position, CancellationToken cancellationToken)
    {
        using var pixels = new MemoryStream();
        var seek = position > TimeSpan.Zero
            ? $" -ss {position.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}"
            : string.Empty;
        var options = GlobalFFOptions.Current.Clone();
        options.LogLevel = null;
        var result = await FFMpegArguments
            .FromFileInput(path, verifyExists: true, o => o.WithCustomArgument($"-hide_banner -nostats -loglevel error -xerror -protocol_whitelist file{seek}"))
            .OutputToPipe(new StreamPipeSink(pixels) { Format = "rawvideo" }, o => o.WithCustomArgument($"-map 0:V:0 -an -sn -dn -frames:v 1 -vf scale={Side}:{Side} -pix_fmt gray"))
            .CancellableThrough(cancellationToken, TimeSpan.Zero)
            .ProcessAsynchronously(throwOnError: false, options)
            .ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return result.ExitCode == 0 && pixels.Length == Side * Side;
    }
}
