using FaceClassifier.Engine.Video.VideoValidation;
using FaceClassifier.Jobs;

namespace FaceClassifier.Uploads;

/// <summary>The upload check over the ffprobe-based <see cref="VideoValidator"/>.</summary>
internal sealed class UploadedVideoValidator(VideoValidator validator) : IUploadedVideoValidator
{
    public async Task<VideoFacts> ValidateAsync(string path, CancellationToken cancellationToken)
    {
        var info = await validator.ValidateAsync(path, cancellationToken);
        return new VideoFacts(info.Container, info.Codec, info.Duration, info.Width, info.Height, info.FrameRate, info.SizeBytes);
    }
}
