namespace FaceClassifier.Jobs.Index;

/// <summary>One page of the jobs list, newest first; <see cref="Next"/> (the last entry's position) is null after the last page.</summary>
public sealed record JobIndexPage(IReadOnlyList<JobIndexEntry> Jobs, JobIndexPosition? Next);
