namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>A gallery held in one in-process <see cref="DescriptorIndex"/>, searched synchronously.</summary>
public sealed class IndexGallerySearch(DescriptorIndex index) : IGallerySearch
{
    public Task<IReadOnlyList<GalleryCandidates>> SearchAsync(IReadOnlyList<float[]> descriptors, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.Match(descriptors));
}
