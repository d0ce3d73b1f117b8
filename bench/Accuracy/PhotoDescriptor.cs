using FaceClassifier.Engine.Vision.Quality;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>A labelled photo and its chosen face's descriptor and quality (null when no face was found; quality null when unknown, e.g. the reference's).</summary>
internal sealed record PhotoDescriptor(LabelledPhoto Photo, float[]? Descriptor, FaceQuality? Quality = null);
