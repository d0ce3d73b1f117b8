using FaceClassifier.Engine.Vision.Quality;

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
public sealed record AnalyzedFace(DetectedFace Detection, FaceLandmarks Landmarks, float[]? Descriptor, FaceQuality Quality);

/// <summary>
/// Whom a face (one photo, or the good frames of a track) shows: the named person, or none. Distance is the face's
/// aggregate distance to the closest person, Margin how much farther the second-closest person is (null when the
/// gallery has one person), SupportingFrames how many of its Frames put that person first under the threshold.
/// </summary>
public readonly record struct FaceMatch(string? PersonId, string? Name, float Distance, float Confidence)
{
    public float? Margin { get; init; }

    public int SupportingFrames { get; init; }

    public int Frames { get; init; }

    public bool IsKnown => PersonId is not null;
}
