namespace FaceClassifier.Engine.Vision.Abstractions;

/// <summary>A face found by a detector: its box and confidence in [0,1].</summary>
public readonly record struct DetectedFace(FaceBox Box, float Score);

/// <summary>The 68 iBUG landmarks of one face, in image pixels.</summary>
public sealed record FaceLandmarks(IReadOnlyList<Point2> Points)
{
    public const int Count = 68;

    public Point2 LeftEyeCenter => Mean(36, 42);

    public Point2 RightEyeCenter => Mean(42, 48);

    public Point2 NoseTip => Points[30];

    public Point2 MouthCenter => Mean(48, 68);

    private Point2 Mean(int from, int to)
    {
        float x = 0, y = 0;
        for (var i = from; i < to; i++)
        {
            x += Points[i].X;
            y += Points[i].Y;
        }

        return new Point2(x / (to - from), y / (to - from));
    }
}

/// <summary>One face through the whole pipeline; Descriptor is null when not asked for.</summary>
public sealed record AnalyzedFace(DetectedFace Detection, FaceLandmarks Landmarks, float[]? Descriptor, float Sharpness);

/// <summary>The outcome of matching one descriptor against the gallery.</summary>
public readonly record struct FaceMatch(string? PersonId, string? Name, float Distance, float Confidence)
{
    public bool IsKnown => PersonId is not null;
}
