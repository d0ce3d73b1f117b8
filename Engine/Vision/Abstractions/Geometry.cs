namespace FaceClassifier.Engine.Vision.Abstractions;

/// <summary>A point in image pixels.</summary>
public readonly record struct Point2(float X, float Y);

/// <summary>An axis-aligned box in image pixels (float, not rounded).</summary>
public readonly record struct FaceBox(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Y + Height;

    public float Area => Math.Max(0, Width) * Math.Max(0, Height);

    public Point2 Center => new(X + Width / 2, Y + Height / 2);

    /// <summary>Intersection over union; 0 when either box has no area.</summary>
    public float IoU(FaceBox other)
    {
        var w = Math.Min(Right, other.Right) - Math.Max(X, other.X);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        if (w <= 0 || h <= 0)
        {
            return 0;
        }

        var inter = w * h;
        var union = Area + other.Area - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
