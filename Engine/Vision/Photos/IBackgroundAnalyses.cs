namespace FaceClassifier.Engine.Vision.Photos;

/// <summary>How many other analyses (video chunks) this process runs now: while any do, a photo leaves them their cores.</summary>
public interface IBackgroundAnalyses
{
    int Running { get; }
}

/// <summary>The engine on its own runs no video analyses of its own accord.</summary>
internal sealed class NoBackgroundAnalyses : IBackgroundAnalyses
{
    public int Running => 0;
}
