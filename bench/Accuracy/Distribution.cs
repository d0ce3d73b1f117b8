namespace FaceClassifier.Bench.Accuracy;

/// <summary>A sorted sample of distances with percentiles (linear between order statistics), mean and standard deviation.</summary>
internal sealed class Distribution
{
    public Distribution(IEnumerable<double> values)
    {
        Sorted = [.. values.Order()];
    }

    public IReadOnlyList<double> Sorted { get; }

    public int Count => Sorted.Count;

    public double Min => Sorted.Count > 0 ? Sorted[0] : double.NaN;

    public double Max => Sorted.Count > 0 ? Sorted[^1] : double.NaN;

    public double Mean => Sorted.Count > 0 ? Sorted.Average() : double.NaN;

    /// <summary>The sample standard deviation (n − 1).</summary>
    public double StandardDeviation
    {
        get
        {
            if (Sorted.Count < 2)
            {
                return double.NaN;
            }

            var mean = Mean;
            return Math.Sqrt(Sorted.Sum(v => (v - mean) * (v - mean)) / (Sorted.Count - 1));
        }
    }

    /// <summary>The <paramref name="percent"/>th percentile, interpolated at rank percent/100 · (n − 1).</summary>
    public double Percentile(double percent)
    {
        if (Sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = percent / 100 * (Sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, Sorted.Count - 1);
        return Sorted[low] + (rank - low) * (Sorted[high] - Sorted[low]);
    }

    public int CountBelow(double threshold) => Sorted.Count(v => v < threshold);

    /// <summary>"p1 0.412 p5 ... max 1.02" for the given percentiles, with min and max.</summary>
    public string Summary(params double[] percents) =>
        $"n {Count}, min {Min:0.000}, " + string.Join(", ", percents.Select(p => $"p{p:0.#} {Percentile(p):0.000}")) + $", max {Max:0.000}";
}
