using FaceClassifier.Jobs;

namespace FaceClassifier.Uploads;

/// <summary>Checks a stored upload with ffprobe against the allowed containers, codecs, size and duration.</summary>
public interface IUploadedVideoValidator
{
    /// <summary>What the video is; throws InvalidVideoException with a user-readable message when it is not acceptable.</summary>
    Task<VideoFacts> ValidateAsync(string path, CancellationToken cancellationToken);
}
