using FaceClassifier.Engine.Vision.Photos;

namespace FaceClassifier.Analysis;

/// <summary>The chunk analyses holding a slot on this silo, which photos leave their cores to.</summary>
public sealed class SlotsBackgroundAnalyses(AnalysisSlots slots) : IBackgroundAnalyses
{
    public int Running => slots.Running;
}
