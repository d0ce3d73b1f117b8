using Microsoft.Extensions.Configuration;

namespace FaceClassifier.Storage;

/// <summary>The folder FaceClassifier keeps everything in: FACECLASSIFIER_DATA, else ./data.</summary>
public sealed class DataDirectory
{
    /// <summary>The environment variable (and configuration key) naming the folder.</summary>
    public const string Variable = "FACECLASSIFIER_DATA";

    public DataDirectory(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Grain state files.</summary>
    public string State => Path.Combine(Root, "state");

    /// <summary>Videos and frames.</summary>
    public string Blobs => Path.Combine(Root, "blobs");

    /// <summary>Gallery people, one file per person under a folder per shard.</summary>
    public string Gallery => Path.Combine(Root, "gallery");

    /// <summary>The jobs list, one small file per job.</summary>
    public string JobIndex => Path.Combine(Root, "job-index");

    /// <summary>The reminder table.</summary>
    public string Reminders => Path.Combine(Root, "reminders");

    /// <summary>Generated secrets, such as the URL signing key.</summary>
    public string Keys => Path.Combine(Root, "keys");

    public static DataDirectory FromConfiguration(IConfiguration configuration) =>
        new(configuration[Variable] is { Length: > 0 } dir ? dir : "data");
}
