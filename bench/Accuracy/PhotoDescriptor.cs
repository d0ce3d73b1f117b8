namespace FaceClassifier.Bench.Accuracy;

/// <summary>A labelled photo and the descriptor of its chosen face (null when no face was found).</summary>
internal sealed record PhotoDescriptor(LabelledPhoto Photo, float[]? Descriptor);
