using System.Diagnostics;
using System.Globalization;

namespace FaceClassifier.Tests.Api.EndToEnd;

/// <summary>Makes the end-to-end inputs with ffmpeg from the demo photos: face crops and short H.264 clips.</summary>
public static class ClipMaker
{
    /// <summary>A crop of <paramref name="photo"/> around a face box grown by <paramref name="margin"/> (1 = box size on each side).</summary>
    public static Task CropAsync(string photo, (double X, double Y, double W, double H) face, double margin, string output) =>
        RunAsync($"-y -i \"{photo}\" -vf \"{CropFilter(face, margin)}\" -q:v 2 \"{output}\"");

    /// <summary>A clip of <paramref name="seconds"/> showing a crop of <paramref name="photo"/>, scaled to 480 lines on a 854x480 canvas.</summary>
    public static Task FaceClipAsync(string photo, (double X, double Y, double W, double H) face, double margin, double seconds, string output) =>
        RunAsync($"-y -loop 1 -i \"{photo}\" -vf \"{CropFilter(face, margin)},scale=-2:480,pad=854:480:(ow-iw)/2:0,format=yuv420p\" " +
                 $"-t {S(seconds)} -r 25 -c:v libx264 -preset veryfast \"{output}\"");

    /// <summary>A clip without faces (the ffmpeg test pattern).</summary>
    public static Task NoFaceClipAsync(double seconds, string output) =>
        RunAsync($"-y -f lavfi -i testsrc=size=640x360:rate=25 -t {S(seconds)} -c:v libx264 -preset veryfast -pix_fmt yuv420p \"{output}\"");

    /// <summary>A 1280x720 clip of a whole demo photo, for timing.</summary>
    public static Task PhotoClipAsync(string photo, double seconds, string output) =>
        RunAsync($"-y -loop 1 -i \"{photo}\" -vf \"scale=1280:720,format=yuv420p\" -t {S(seconds)} -r 25 -c:v libx264 -preset veryfast \"{output}\"");

    /// <summary>A clip of a whole demo photo, 1280 pixels wide keeping its aspect (so faces stay recognisable).</summary>
    public static Task GroupClipAsync(string photo, double seconds, string output) =>
        RunAsync($"-y -loop 1 -i \"{photo}\" -vf \"scale=1280:-2,format=yuv420p\" -t {S(seconds)} -r 25 -c:v libx264 -preset veryfast \"{output}\"");

    /// <summary>One frame at <paramref name="seconds"/> as PNG.</summary>
    public static Task FrameAsync(string video, double seconds, string output) =>
        RunAsync($"-y -ss {S(seconds)} -i \"{video}\" -frames:v 1 \"{output}\"");

    private static string CropFilter((double X, double Y, double W, double H) f, double margin)
    {
        var (w, h) = (f.W * (1 + 2 * margin), f.H * (1 + 2 * margin));
        return $"crop={F(w)}:{F(h)}:{F(Math.Max(0, f.X - f.W * margin))}:{F(Math.Max(0, f.Y - f.H * margin))}";
    }

    private static string F(double pixels) => Math.Round(pixels).ToString(CultureInfo.InvariantCulture);

    private static string S(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static async Task RunAsync(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("ffmpeg", "-hide_banner -loglevel error " + arguments)
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg {arguments} failed: {errors}");
        }
    }
}
