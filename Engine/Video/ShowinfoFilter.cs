using System.Diagnostics;

namespace FaceClassifier.Engine.Video;

/// <summary>
/// The showinfo filter as the frame plans use it: only for the frames' times, so without its per-frame checksums of
/// every plane (a tenth of a 720p run's ffmpeg time) where this ffmpeg can turn them off (its "checksum" option, FFmpeg 5).
/// </summary>
internal static class ShowinfoFilter
{
    private static readonly Lazy<string> s_filter = new(() => HasChecksumOption() ? "showinfo=checksum=0" : "showinfo");

    public static string Filter => s_filter.Value;

    private static bool HasChecksumOption()
    {
        try
        {
            var start = new ProcessStartInfo(FFMpegCore.GlobalFFOptions.GetFFMpegBinaryPath()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["-hide_banner", "-h", "filter=showinfo"])
            {
                start.ArgumentList.Add(argument);
            }

            using var ffmpeg = Process.Start(start)!;
            var errors = ffmpeg.StandardError.ReadToEndAsync();
            var help = ffmpeg.StandardOutput.ReadToEnd();
            ffmpeg.WaitForExit();
            return (help + errors.GetAwaiter().GetResult()).Contains("checksum", StringComparison.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no ffmpeg: the frame run reports that itself
        }
    }
}
