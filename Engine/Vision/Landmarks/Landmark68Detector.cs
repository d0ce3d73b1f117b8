using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Onnx;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace FaceClassifier.Engine.Vision.Landmarks;

/// <summary>face-api's 68-point landmark net on ONNX Runtime; thread-safe, one session.</summary>
public sealed class Landmark68Detector : ILandmarkDetector, IDisposable
{
    private static readonly string[] InputNames = [Landmark68NetGraph.InputName];
    private static readonly string[] OutputNames = [Landmark68NetGraph.OutputName];

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();

    public Landmark68Detector(IOptions<ModelOptions> options)
    {
        var path = OnnxModelCache.GetOrConvert(
            FaceModel.Landmark68, Landmark68NetGraph.ConverterVersion, options.Value, Landmark68NetGraph.Build);
        _session = OnnxSessionFactory.Create(path, options.Value);
    }

    public FaceLandmarks Detect(RgbImage image, FaceBox box) => Detect(image, [box])[0];

    /// <summary>Landmarks for several faces of one image in a single batched net call.</summary>
    public IReadOnlyList<FaceLandmarks> Detect(RgbImage image, IReadOnlyList<FaceBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (boxes.Count == 0)
        {
            return [];
        }

        var crops = new CropRect[boxes.Count];
        var input = new float[boxes.Count * LandmarkPreprocessing.ImageLength];
        for (var i = 0; i < boxes.Count; i++)
        {
            crops[i] = FaceCrop.ClipAtImageBorders(boxes[i], image.Width, image.Height);
            if (crops[i].IsEmpty)
            {
                throw new ArgumentOutOfRangeException(nameof(boxes), boxes[i], "The face box does not overlap the image.");
            }

            LandmarkPreprocessing.Fill(image, crops[i], input.AsSpan(i * LandmarkPreprocessing.ImageLength, LandmarkPreprocessing.ImageLength));
        }

        long[] shape = [boxes.Count, 3, LandmarkPreprocessing.InputSize, LandmarkPreprocessing.InputSize];
        using var inputValue = OrtValue.CreateTensorValueFromMemory(input, shape);
        using var outputs = _session.Run(_runOptions, InputNames, [inputValue], OutputNames);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        var result = new FaceLandmarks[boxes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = LandmarkPreprocessing.Decode(values.Slice(i * Landmark68NetGraph.OutputLength, Landmark68NetGraph.OutputLength), crops[i], boxes[i]);
        }

        return result;
    }

    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
    }
}
