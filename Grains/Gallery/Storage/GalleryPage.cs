namespace FaceClassifier.Gallery.Storage;

/// <summary>One page of a shard's people as the store returns them; Continuation is null after the last page.</summary>
public sealed record GalleryPage(IReadOnlyList<StoredPerson> People, string? Continuation);
