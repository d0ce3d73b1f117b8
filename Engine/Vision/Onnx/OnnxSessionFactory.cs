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

        // A session's pool threads otherwise spin after each op and after each run, taking the core the next net of
        // the pipeline (each net has its own pool) or another analysis needs. Measured on 2 cores, the three nets on 2
        // threads: 68 ms a demo photo without spinning, 105 ms with it.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return new InferenceSession(onnxPath, sessionOptions);
    }
}
