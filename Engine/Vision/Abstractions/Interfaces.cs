using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Engine.Vision.Abstractions;

/// <summary>Finds faces in an image.</summary>
public interface IFaceDetector
{
    /// <summary>Faces of a photo, with every pass the detector has for hard photos.</summary>
    IReadOnlyList<DetectedFace> Detect(RgbImage image);

    /// <summary>Faces of a video frame: one pass, without the retries meant for photos a face fills.</summary>
    IReadOnlyList<DetectedFace> DetectInVideoFrame(RgbImage frame);
}

/// <summary>Places 68 landmarks on a detected face.</summary>
public interface ILandmarkDetector
{
    FaceLandmarks Detect(RgbImage image, FaceBox box);

    /// <summary>Landmarks for several faces of one image; a net may run them as one batch.</summary>
    IReadOnlyList<FaceLandmarks> Detect(RgbImage image, IReadOnlyList<FaceBox> boxes) => [.. boxes.Select(b => Detect(image, b))];
}

/// <summary>Warps a face onto the canonical 150x150 chip the embedder expects.</summary>
public interface IFaceAligner
{
    RgbImage Align(RgbImage image, FaceLandmarks landmarks);
}

/// <summary>Turns aligned 150x150 face chips into 128-d descriptors.</summary>
public interface IFaceEmbedder
{
    int Dimension { get; }

    float[] Embed(RgbImage chip);

    IReadOnlyList<float[]> Embed(IReadOnlyList<RgbImage> chips);
}

/// <summary>Decides whom a face shows from the gallery's closest people to each of its good frames (one for a photo).</summary>
public interface IFaceMatcher
{
    FaceMatch Decide(IReadOnlyList<GalleryCandidates> frames);
}

/// <summary>Detection, landmarks, alignment and (optionally) descriptors in one call.</summary>
public interface IFaceAnalyzer
{
    IReadOnlyList<AnalyzedFace> Analyze(RgbImage image, bool withDescriptors = true);
}

/// <summary>Decodes and encodes images (JPEG, PNG).</summary>
public interface IImageCodec
{
    RgbImage Decode(ReadOnlySpan<byte> encoded);

    byte[] EncodeJpeg(RgbImage image, int quality = 90);

    byte[] EncodePng(RgbImage image);
}

/// <summary>A label drawn on the classified frame.</summary>
public readonly record struct FrameLabel(FaceBox Box, string Text, float Confidence, bool Known);

/// <summary>Draws boxes, names and confidences on a frame.</summary>
public interface IClassifiedFrameRenderer
{
    byte[] RenderJpeg(RgbImage frame, IReadOnlyList<FrameLabel> labels);
}

/// <summary>Cuts a small JPEG of one face out of a photo, for the gallery's person thumbnails.</summary>
public interface IFaceThumbnailer
{
    byte[] RenderJpeg(RgbImage photo, FaceBox face);
}
