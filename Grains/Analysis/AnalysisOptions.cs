namespace FaceClassifier.Analysis;

/// <summary>How videos are sampled, chunked, and how many chunks a silo analyses at once.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>Frames per second sampled from the video.</summary>
    public double FramesPerSecond { get; set; } = 2;

    /// <summary>
    /// The longest time range one worker grain analyses. A video is cut into equal ranges, as many as whole rounds of
    /// <see cref="MaxConcurrentAnalyses"/> need: on 2 cores a 60 s video is two 30 s chunks, a 70 s one four of 17.5 s.
    /// </summary>
    public TimeSpan ChunkDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Frames wider than this are scaled down before detection; null keeps the size.</summary>
    public int? MaxFrameWidth { get; set; } = 1280;

    /// <summary>Chunk analyses running at once on one silo; further ones wait for a slot.</summary>
    public int MaxConcurrentAnalyses { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Load the face nets and run each once while the host starts, before it takes work; off only where start-up speed matters more (tests).</summary>
    public bool WarmUpAtStart { get; set; } = true;
}
