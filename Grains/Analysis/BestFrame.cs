using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Analysis;

/// <summary>The frame to render and the labels to draw on it.</summary>
public sealed record FramePick(TimeSpan Time, IReadOnlyList<FrameLabel> Labels);

/// <summary>
/// Picks the classified frame: the best frame of the most confident known person, else of the most
/// often seen unknown face, else the middle of the video. Every face whose best frame it is gets a label.
/// </summary>
public static class BestFrame
{
    public static FramePick Pick(VideoFaceSummary summary, TimeSpan duration)
    {
        var time = summary.People.MaxBy(p => p.Confidence)?.BestFrameTime
            ?? summary.Unknown.MaxBy(u => u.Appearances)?.BestFrameTime
            ?? (duration > TimeSpan.Zero ? duration / 2 : TimeSpan.Zero);
        var labels = summary.People.Where(p => p.BestFrameTime == time)
            .Select(p => new FrameLabel(p.BestBox, p.Name, p.Confidence, Known: true))
            .Concat(summary.Unknown.Where(u => u.BestFrameTime == time)
                .Select(u => new FrameLabel(u.BestBox, u.Label, 0, Known: false)))
            .ToList();
        return new FramePick(time, labels);
    }
}
