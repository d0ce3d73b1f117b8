namespace FaceClassifier.Engine.Video.VideoValidation;

/// <summary>What an uploaded video must satisfy before it is analysed.</summary>
public sealed class VideoValidationOptions
{
    public const string SectionName = "VideoValidation";

    /// <summary>Containers accepted, as <see cref="VideoInfo.Container"/> names them; a configured list replaces this one.</summary>
    public string[] AllowedContainers { get; set; } = ["mp4", "mov", "mkv", "webm", "avi"];

    /// <summary>Video codecs accepted, as ffprobe names them; a configured list replaces this one.</summary>
    public string[] AllowedCodecs { get; set; } = ["h264", "hevc", "vp8", "vp9", "av1", "mpeg4"];

    /// <summary>Longest video accepted.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest file accepted, in bytes (1 MB = 1,048,576 bytes in messages).</summary>
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;
}
