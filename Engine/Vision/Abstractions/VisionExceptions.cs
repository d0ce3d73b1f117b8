namespace FaceClassifier.Engine.Vision.Abstractions;

/// <summary>Bytes that are not a decodable image of an acceptable size.</summary>
public sealed class InvalidImageException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A file that is not a decodable, acceptable video.</summary>
public sealed class InvalidVideoException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Model weights missing, tampered or unreadable; the message names the setup command.</summary>
public sealed class ModelWeightsException(string message, Exception? inner = null) : Exception(message, inner);
