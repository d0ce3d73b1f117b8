using FaceClassifier.Engine.Vision.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Video.VideoValidation;

/// <summary>Checks an uploaded video against <see cref="VideoValidationOptions"/> and that it really decodes.</summary>
public sealed partial class VideoValidator(IVideoProbe probe, IOptions<VideoValidationOptions> options, ILogger<VideoValidator> logger)
{
    /// <summary>Returns what the probe found, or throws <see cref="InvalidVideoException"/> naming every rule broken.</summary>
    public async Task<VideoInfo> ValidateAsync(string path, CancellationToken cancellationToken = default)
    {
        var rules = options.Value;
        var fullPath = Path.GetFullPath(path);
        var problems = new List<string>();
        var sizeBytes = new FileInfo(fullPath) is { Exists: true } file ? file.Length : 0;
        if (sizeBytes > rules.MaxBytes)
        {
            problems.Add($"file size {HumanText.Size(sizeBytes)} exceeds the maximum of {HumanText.Size(rules.MaxBytes)}");
        }

        var info = await probe.ProbeAsync(fullPath, cancellationToken).ConfigureAwait(false);
        if (!rules.AllowedContainers.Contains(info.Container, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"container '{info.Container}' is not allowed; use {HumanText.OrList(rules.AllowedContainers)}");
        }

        if (!rules.AllowedCodecs.Contains(info.Codec, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"codec '{info.Codec}' is not allowed; use {HumanText.OrList(rules.AllowedCodecs)}");
        }

        if (info.Duration > rules.MaxDuration)
        {
            var tenths = HumanText.Duration(info.Duration) == HumanText.Duration(rules.MaxDuration);
            problems.Add($"duration {HumanText.Duration(info.Duration, tenths)} exceeds the maximum of {HumanText.Duration(rules.MaxDuration, tenths)}");
        }

        if (problems.Count == 0)
        {
            await CheckDecodableAsync(fullPath, info, problems, cancellationToken).ConfigureAwait(false);
        }

        if (problems.Count > 0)
        {
            var message = string.Join(". ", problems);
            LogRejected(logger, fullPath, message);
            throw new InvalidVideoException(message);
        }

        return info;
    }

    // The first frame and one near the end: a file cut short keeps its header, so only the end fails.
    private static async Task CheckDecodableAsync(string path, VideoInfo info, List<string> problems, CancellationToken cancellationToken)
    {
        if (!await FfmpegDecodeCheck.CanDecodeFrameAtAsync(path, TimeSpan.Zero, cancellationToken).ConfigureAwait(false))
        {
            problems.Add("the first frame cannot be decoded; the file is damaged or not really a video");
            return;
        }

        var nearEnd = info.Duration - TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerSecond, info.Duration.Ticks / 4));
        if (!await FfmpegDecodeCheck.CanDecodeFrameAtAsync(path, nearEnd, cancellationToken).ConfigureAwait(false))
        {
            problems.Add($"no frame can be decoded at {HumanText.Duration(nearEnd)} of {HumanText.Duration(info.Duration)}; the file is probably truncated");
        }
    }
}
