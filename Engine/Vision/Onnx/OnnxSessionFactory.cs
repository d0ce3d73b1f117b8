using FaceClassifier.Engine.Vision.Models;
using Microsoft.ML.OnnxRuntime;

namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>Creates the one InferenceSession each model class owns.</summary>
internal static class OnnxSessionFactory
{
    public static InferenceSession Create(string onnxPath, ModelOptions options)
    {
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = options.IntraOpThreads,
        };
        return new InferenceSession(onnxPath, sessionOptions);
    }
}
