using Orleans.Storage;

namespace FaceClassifier.Persistence.Files;

/// <summary>Options of one named file grain storage provider.</summary>
public sealed class FileGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The folder under which this provider keeps one file per grain state; required.</summary>
    public string RootDirectory { get; set; } = "";

    /// <summary>How states are turned into bytes; defaults to the Orleans binary serializer.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
