namespace FaceClassifier.Bench.Accuracy;

/// <summary>
/// Genuine (same-person) and impostor (different-person) distances over the labelled pairs whose photos both have a
/// face, and the verification rates they give.
/// </summary>
internal sealed record PairScores(Distribution Genuine, Distribution Impostor, int Unscored, IReadOnlyList<(LabelledPair Pair, double Distance)> Scored)
{
    public static readonly double[] FalseMatchRates = [1e-2, 1e-3, 1e-4];

    public static PairScores Of(IReadOnlyList<LabelledPair> pairs, Func<string, float[]?> descriptorOf)
    {
        var genuine = new List<double>();
        var impostor = new List<double>();
        var unscored = 0;
        var scored = new List<(LabelledPair, double)>();
        foreach (var pair in pairs)
        {
            if (descriptorOf(pair.A) is not { } a || descriptorOf(pair.B) is not { } b)
            {
                unscored++;
                continue;
            }

            var distance = Distance(a, b);
            (pair.Same ? genuine : impostor).Add(distance);
            scored.Add((pair, distance));
        }

        return new PairScores(new Distribution(genuine), new Distribution(impostor), unscored, scored);
    }

    /// <summary>
    /// The threshold allowing a false-match rate of <paramref name="rate"/>: with k = ⌊rate · impostors⌋, the k+1-th
    /// smallest impostor distance, so that exactly k impostor pairs fall strictly below it. When k = 0 (e.g. 1e-4 with
    /// 1,605 impostor pairs) that is the smallest impostor distance: the point is "no impostor accepted", an upper bound
    /// on what 1e-4 allows.
    /// </summary>
    public double ThresholdAt(double rate)
    {
        var k = (int)Math.Floor(rate * Impostor.Count);
        return Impostor.Count == 0 ? double.NaN : Impostor.Sorted[Math.Min(k, Impostor.Count - 1)];
    }

    /// <summary>The share of genuine pairs strictly under <see cref="ThresholdAt"/>.</summary>
    public double TrueMatchRateAt(double rate) => (double)Genuine.CountBelow(ThresholdAt(rate)) / Genuine.Count;

    public int FalseAccepts(double threshold) => Impostor.CountBelow(threshold);

    public int FalseRejects(double threshold) => Genuine.Count - Genuine.CountBelow(threshold);

    public double Accuracy(double threshold) =>
        (double)(Genuine.Count - FalseRejects(threshold) + Impostor.Count - FalseAccepts(threshold)) / (Genuine.Count + Impostor.Count);

    /// <summary>
    /// Decidability d′ = (impostor mean − genuine mean) / √((genuine var + impostor var) / 2): a separation measure that
    /// uses every pair, where the low-FMR points rest on the one or two smallest impostor distances.
    /// </summary>
    public double Decidability =>
        (Impostor.Mean - Genuine.Mean) / Math.Sqrt((Genuine.StandardDeviation * Genuine.StandardDeviation + Impostor.StandardDeviation * Impostor.StandardDeviation) / 2);

    /// <summary>(genuine, impostor) combinations ordered wrongly (the genuine distance not below the impostor's): (1 − AUC) · genuine · impostors.</summary>
    public int Inversions
    {
        get
        {
            var inversions = 0;
            foreach (var g in Genuine.Sorted)
            {
                inversions += Impostor.Sorted.Count(i => i <= g);
            }

            return inversions;
        }
    }

    public static double Distance(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (double)(a[i] - b[i]);
        }

        return Math.Sqrt(sum);
    }
}
