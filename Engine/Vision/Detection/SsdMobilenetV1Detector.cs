using System.Buffers;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Onnx;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace FaceClassifier.Engine.Vision.Detection;

/// <summary>
/// face-api's SSD MobileNet v1 face detector on ONNX Runtime: photos through face-api's float net, video frames through
/// its 8-bit copy (<see cref="FaceDetectorOptions.QuantizedVideoFrames"/>), made on the first frame. Thread-safe: both
/// may run on many threads at once.
/// </summary>
public sealed class SsdMobilenetV1Detector : IFaceDetector, IDisposable
{
    private static readonly long[] InputShape = [1, 3, SsdPreprocessing.InputSize, SsdPreprocessing.InputSize];
    private static readonly string[] InputNames = [SsdMobilenetV1Graph.InputName];
    private static readonly string[] OutputNames = [SsdMobilenetV1Graph.BoxEncodingsName, SsdMobilenetV1Graph.ScoresName];

    private readonly InferenceSession _session;
    private readonly Lazy<InferenceSession> _videoSession;
    private readonly float[] _anchors;
    private readonly float _minScore;
    private readonly int _maxResults;
    private readonly float _iouThreshold;
    private readonly float _minFaceSize;
    private readonly bool _tightCropRetry;
    private readonly float _tightCropBorder;
    private readonly byte _tightCropFill;

    public SsdMobilenetV1Detector(IOptions<ModelOptions> modelOptions, IOptions<FaceDetectorOptions> detectorOptions)
    {
        var options = detectorOptions.Value;
        FaceDetectorOptionsValidator.ThrowIfInvalid(options);
        (_minScore, _maxResults, _iouThreshold, _minFaceSize) = (options.MinScore, options.MaxResults, options.IouThreshold, options.MinFaceSize);
        (_tightCropRetry, _tightCropBorder, _tightCropFill) = (options.TightCropRetry, options.TightCropBorder, options.TightCropFill);

        var path = OnnxModelCache.GetOrConvert(
            FaceModel.SsdMobilenetV1, SsdMobilenetV1Graph.ConverterVersion, modelOptions.Value, SsdMobilenetV1Graph.Build);
        _session = OnnxSessionFactory.Create(path, modelOptions.Value);
        _videoSession = options.QuantizedVideoFrames
            ? new(() => OnnxSessionFactory.Create(
                OnnxModelCache.GetOrConvert(
                    FaceModel.SsdMobilenetV1, SsdMobilenetV1Graph.ConverterVersion, modelOptions.Value, SsdMobilenetV1Graph.BuildQuantized, "int8"),
                modelOptions.Value))
            : new(_session);
        _anchors = ReadAnchors();
    }

    /// <summary>Faces best first, in image pixels; boxes of the plain pass may reach past the image edge like face-api's.</summary>
    public IReadOnlyList<DetectedFace> Detect(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var faces = Detect(_session, image, SsdCanvas.PadToSquare(image.Width, image.Height));
        if (faces.Count > 0 || !_tightCropRetry)
        {
            return faces;
        }

        return Detect(_session, image, SsdCanvas.Framed(image.Width, image.Height, _tightCropBorder, _tightCropFill));
    }

    /// <summary>The plain pass only: a video frame is never a tight crop of one face.</summary>
    public IReadOnlyList<DetectedFace> DetectInVideoFrame(RgbImage frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return Detect(_videoSession.Value, frame, SsdCanvas.PadToSquare(frame.Width, frame.Height));
    }

    /// <summary>One pass of the float net over the image placed on <paramref name="canvas"/>.</summary>
    internal IReadOnlyList<DetectedFace> Detect(RgbImage image, SsdCanvas canvas) => Detect(_session, image, canvas);

    private List<DetectedFace> Detect(InferenceSession session, RgbImage image, SsdCanvas canvas)
    {
        var input = ArrayPool<float>.Shared.Rent(SsdPreprocessing.TensorLength);
        try
        {
            var tensor = input.AsMemory(0, SsdPreprocessing.TensorLength);
            SsdPreprocessing.ToInputTensor(image, canvas, tensor.Span);
            using var inputValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, tensor, InputShape);
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, InputNames, [inputValue], OutputNames);
            var selected = SsdPostprocessing.SelectFaces(
                _anchors,
                outputs[0].GetTensorDataAsSpan<float>(),
                outputs[1].GetTensorDataAsSpan<float>(),
                _minScore,
                _iouThreshold,
                _maxResults);
            return ToPixels(selected, image, canvas);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(input);
        }
    }

    public void Dispose()
    {
        if (_videoSession.IsValueCreated && _videoSession.Value != _session)
        {
            _videoSession.Value.Dispose();
        }

        _session.Dispose();
    }

    private List<DetectedFace> ToPixels(List<(SsdBox Box, float Score)> selected, RgbImage image, SsdCanvas canvas)
    {
        var plain = canvas == SsdCanvas.PadToSquare(image.Width, image.Height);
        var faces = new List<DetectedFace>(selected.Count);
        foreach (var (box, score) in selected)
        {
            var pixels = plain ? SsdCanvas.ToPixelsFaceApi(box, image.Width, image.Height) : canvas.ToPixelsClipped(box, image.Width, image.Height);
            if (pixels is { } b && b.Width >= _minFaceSize && b.Height >= _minFaceSize)
            {
                faces.Add(new DetectedFace(b, score));
            }
        }

        return faces;
    }

    /// <summary>The stored anchors are a constant output of the graph; fetching them also warms the session up.</summary>
    private float[] ReadAnchors()
    {
        using var input = OrtValue.CreateTensorValueFromMemory(new float[SsdPreprocessing.TensorLength], InputShape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, InputNames, [input], [SsdMobilenetV1Graph.AnchorsName]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
