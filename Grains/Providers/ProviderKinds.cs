namespace FaceClassifier.Providers;

/// <summary>The kinds under which providers register: Orleans' own, and FaceClassifier's for what Orleans has no kind for.</summary>
public static class ProviderKinds
{
    public const string Clustering = "Clustering";
    public const string GrainStorage = "GrainStorage";
    public const string Reminders = "Reminders";
    public const string Streaming = "Streaming";

    /// <summary>Where undeliverable notifications are kept; the data folder unless a state provider registers its own.</summary>
    public const string DeadLetters = "DeadLetters";

    /// <summary>Where the shard grains keep gallery people; the data folder unless a state provider registers its own.</summary>
    public const string Gallery = "Gallery";

    /// <summary>Where the jobs list is kept; the data folder unless a state provider registers its own.</summary>
    public const string JobIndex = "JobIndex";
}
