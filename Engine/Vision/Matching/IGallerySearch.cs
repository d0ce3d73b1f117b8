namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>Finds, for each descriptor, the two closest different people of a gallery.</summary>
public interface IGallerySearch
{
    /// <summary>One answer per descriptor, in the same order.</summary>
    Task<IReadOnlyList<GalleryCandidates>> SearchAsync(IReadOnlyList<float[]> descriptors, CancellationToken cancellationToken = default);
}
