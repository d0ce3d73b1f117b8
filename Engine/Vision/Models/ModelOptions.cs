namespace FaceClassifier.Engine.Vision.Models;

/// <summary>Where the face-api weights are and where converted ONNX models are cached.</summary>
public sealed class ModelOptions
{
    public const string SectionName = "Vision:Models";

    public const string SetupCommand = "npm ci --prefix models  (or ./run.sh / ./test.sh, which run it)";

    /// <summary>The face-api <c>model/</c> folder installed by npm.</summary>
    public string WeightsDirectory { get; set; } = DefaultWeightsDirectory();

    /// <summary>Folder for converted .onnx files, keyed by weights hash and converter version.</summary>
    public string CacheDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "faceclassifier-onnx");

    /// <summary>
    /// ONNX Runtime intra-op threads per session; 0 lets the runtime choose. Default 1: a silo runs one analysis
    /// per core at once, and measured on 2 cores two single-threaded chunks finish a 60 s video 1.6x faster than
    /// one chunk on two threads.
    /// </summary>
    public int IntraOpThreads { get; set; } = 1;

    /// <summary>
    /// Intra-op threads of the photo nets: a second copy of the three nets that the photo path (<see cref="Abstractions.IFaceAnalyzer"/>:
    /// /api/faces/detect, gallery enrolment and import) runs on while no other analysis does, so one photo gets every
    /// core (measured on 2 cores: about 65 ms a demo photo instead of 110 ms, identical results). 0 means one per core; 1,
    /// or no more than <see cref="IntraOpThreads"/>, leaves photos on the shared nets. The copy is built on the first photo
    /// and costs about 150 MB.
    /// </summary>
    public int PhotoIntraOpThreads { get; set; }

    /// <summary>Looks for models/node_modules/@vladmandic/face-api/model upwards from the app folder.</summary>
    public static string DefaultWeightsDirectory()
    {
        var env = Environment.GetEnvironmentVariable("FACECLASSIFIER_MODELS");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        const string relative = "models/node_modules/@vladmandic/face-api/model";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(relative);
    }
}
