namespace FaceClassifier.Storage;

/// <summary>The name under which the data-folder providers (grain state, reminders) register.</summary>
public static class FileProviders
{
    public const string Name = "File";
}
