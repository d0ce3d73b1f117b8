namespace FaceClassifier.Gallery.Imports;

/// <summary>How gallery imports run.</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>Period of an unfinished import's reminder; after a crash, the import resumes within one period.</summary>
    public TimeSpan ResumeCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Photos between two saves of the progress: what a crash makes the import do again, at most.</summary>
    public int CheckpointPhotos { get; set; } = 10;

    /// <summary>Largest photo in an archive; a larger one is refused unread.</summary>
    public long MaxPhotoBytes { get; set; } = 10L << 20;

    /// <summary>Runs that may fail at the same photo before the import is marked failed.</summary>
    public int MaxAttempts { get; set; } = 3;
}
