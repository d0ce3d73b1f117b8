namespace FaceClassifier.Jobs.Index.Files;

/// <summary>Options of the file job index.</summary>
public sealed class FileJobIndexOptions
{
    /// <summary>The folder holding one file per job; required.</summary>
    public string RootDirectory { get; set; } = "";
}
