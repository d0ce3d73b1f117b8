using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Tests.Engine.Vision.Alignment;

/// <summary>
/// How FaceChipTemplate was made from reference landmarks: face-api's dlib-box framing (centroid c of
/// eye/eye/mouth centres at (75, 64.5), mean eye-to-mouth distance 0.45·150), de-rolled about c, then
/// rotation-only Procrustes to the mean, averaged, and mirrored to be left/right symmetric.
/// </summary>
public static class ChipTemplateDerivation
{
    private static readonly (int, int)[] MirrorPairs =
    [
        (0, 16), (1, 15), (2, 14), (3, 13), (4, 12), (5, 11), (6, 10), (7, 9),
        (17, 26), (18, 25), (19, 24), (20, 23), (21, 22), (31, 35), (32, 34),
        (36, 45), (37, 44), (38, 43), (39, 42), (40, 47), (41, 46),
        (48, 54), (49, 53), (50, 52), (55, 59), (56, 58), (60, 64), (61, 63), (65, 67),
    ];

    public static Point2[] Derive(IEnumerable<FaceLandmarks> faces)
    {
        var framed = faces.Select(Frame).ToList();
        var mean = Average(framed);
        for (var iteration = 0; iteration < 5; iteration++)
        {
            framed = framed.Select(f => Rotate(f, BestRotation(f, mean))).ToList();
            mean = Average(framed);
        }

        var mirror = Enumerable.Range(0, 68).ToArray();
        foreach (var (a, b) in MirrorPairs)
        {
            (mirror[a], mirror[b]) = (b, a);
        }

        return Enumerable.Range(0, 68)
            .Select(i => new Point2(
                (float)(75 + (mean[i].X - mean[mirror[i]].X) / 2),
                (float)(64.5 + (mean[i].Y + mean[mirror[i]].Y) / 2)))
            .ToArray();
    }

    /// <summary>Landmarks in chip scale, centred on c, with the eye line made horizontal.</summary>
    private static (double X, double Y)[] Frame(FaceLandmarks face)
    {
        var p = face.Points.Select(q => ((double)q.X, (double)q.Y)).ToArray();
        var (l, r, m) = (Mean(p, 36, 42), Mean(p, 42, 48), Mean(p, 48, 68));
        var size = (Dist(m, l) + Dist(m, r)) / 2 / 0.45;
        var c = ((l.X + r.X + m.X) / 3, (l.Y + r.Y + m.Y) / 3);
        var scale = 150 / size;
        var centred = p.Select(q => ((q.Item1 - c.Item1) * scale, (q.Item2 - c.Item2) * scale)).ToArray();
        return Rotate(centred, -Math.Atan2(r.Y - l.Y, r.X - l.X));
    }

    private static double BestRotation((double X, double Y)[] face, (double X, double Y)[] mean)
    {
        double cross = 0, dot = 0;
        for (var i = 17; i < 68; i++)
        {
            cross += face[i].X * mean[i].Y - face[i].Y * mean[i].X;
            dot += face[i].X * mean[i].X + face[i].Y * mean[i].Y;
        }

        return Math.Atan2(cross, dot);
    }

    private static (double X, double Y)[] Rotate((double X, double Y)[] p, double angle)
    {
        var (c, s) = (Math.Cos(angle), Math.Sin(angle));
        return p.Select(q => (c * q.X - s * q.Y, s * q.X + c * q.Y)).ToArray();
    }

    private static (double X, double Y)[] Average(List<(double X, double Y)[]> faces) =>
        Enumerable.Range(0, 68).Select(i => (faces.Average(f => f[i].X), faces.Average(f => f[i].Y))).ToArray();

    private static (double X, double Y) Mean((double X, double Y)[] p, int from, int to) =>
        (p[from..to].Average(q => q.X), p[from..to].Average(q => q.Y));

    private static double Dist((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
