namespace FaceClassifier.Engine.Vision.Detection;

/// <summary>Settings of the SSD MobileNet v1 face detector; the first three match face-api's defaults.</summary>
public sealed class FaceDetectorOptions
{
    public const string SectionName = "Vision:Detection";

    /// <summary>A face needs a score strictly greater than this (face-api's minConfidence), in [0,1).</summary>
    public float MinScore { get; set; } = 0.5f;

    /// <summary>
    /// Video frames go through an 8-bit copy of the net (int8 weights per channel, uint8 activations): about 2.8 times
    /// as fast on a CPU with VNNI, with the same faces bar scores near <see cref="MinScore"/> (`./bench.sh detector`).
    /// Photos always go through face-api's float net. False runs video frames through the float net too.
    /// </summary>
    public bool QuantizedVideoFrames { get; set; } = true;

    /// <summary>At most this many faces are returned per image, best first.</summary>
    public int MaxResults { get; set; } = 100;

    /// <summary>A candidate is dropped when its IoU with an already kept face is above this.</summary>
    public float IouThreshold { get; set; } = 0.5f;

    /// <summary>
    /// Faces narrower or shorter than this many pixels are dropped: too small to identify, and on tiny
    /// images the net sees blobs as faces (a 1x1 skin-coloured image scores 0.78).
    /// </summary>
    public float MinFaceSize { get; set; } = 16;

    /// <summary>When the plain pass finds no face, look again with the image framed by a border, which finds faces that fill the photo.</summary>
    public bool TightCropRetry { get; set; } = true;

    /// <summary>Width of the retry border on each side, as a fraction of the image's longer side.</summary>
    public float TightCropBorder { get; set; } = 0.5f;

    /// <summary>Grey level (0..255) of the retry border.</summary>
    public byte TightCropFill { get; set; } = 128;
}
