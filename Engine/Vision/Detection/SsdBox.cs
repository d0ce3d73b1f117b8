namespace FaceClassifier.Engine.Vision.Detection;

/// <summary>A box normalised to the net's square input, in TF's (ymin, xmin, ymax, xmax) order.</summary>
internal readonly record struct SsdBox(float YMin, float XMin, float YMax, float XMax)
{
    /// <summary>
    /// Decodes one anchor's (ty, tx, th, tw) against its [ymin, xmin, ymax, xmax] anchor with the TF
    /// Object Detection scales 10, 10, 5, 5, in float32 like face-api's decodeBoxesLayer.
    /// </summary>
    public static SsdBox Decode(ReadOnlySpan<float> anchor, ReadOnlySpan<float> encoding)
    {
        var ah = anchor[2] - anchor[0];
        var aw = anchor[3] - anchor[1];
        var acy = anchor[0] + ah / 2;
        var acx = anchor[1] + aw / 2;
        var halfH = MathF.Exp(encoding[2] / 5) * ah / 2;
        var cy = encoding[0] / 10 * ah + acy;
        var halfW = MathF.Exp(encoding[3] / 5) * aw / 2;
        var cx = encoding[1] / 10 * aw + acx;
        return new SsdBox(cy - halfH, cx - halfW, cy + halfH, cx + halfW);
    }

    /// <summary>face-api's IOU: corners reordered by min/max; 0 when either box has no area.</summary>
    public static double IoU(SsdBox a, SsdBox b)
    {
        var (aTop, aBottom) = MinMax(a.YMin, a.YMax);
        var (aLeft, aRight) = MinMax(a.XMin, a.XMax);
        var (bTop, bBottom) = MinMax(b.YMin, b.YMax);
        var (bLeft, bRight) = MinMax(b.XMin, b.XMax);
        var areaA = (aBottom - aTop) * (aRight - aLeft);
        var areaB = (bBottom - bTop) * (bRight - bLeft);
        if (areaA <= 0 || areaB <= 0)
        {
            return 0;
        }

        var intersection = Math.Max(Math.Min(aBottom, bBottom) - Math.Max(aTop, bTop), 0)
            * Math.Max(Math.Min(aRight, bRight) - Math.Max(aLeft, bLeft), 0);
        return intersection / (areaA + areaB - intersection);
    }

    private static (double Min, double Max) MinMax(float a, float b) => (Math.Min(a, b), Math.Max(a, b));
}
