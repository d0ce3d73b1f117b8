using System.Globalization;
using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>The text and JSON that `bench accuracy` prints.</summary>
internal static class AccuracyReport
{
    public const double DefaultThreshold = 0.6;
    private static readonly double[] Percents = [1, 5, 50, 95, 99];

    public static string PhotoLine(PhotoFaces faces, int? referenceFaces)
    {
        var chosen = faces.ChosenBox is { } box ? $"largest {box.Width:0}x{box.Height:0} score {faces.Faces[faces.Chosen].Score:0.00}" : "no face";
        var reference = referenceFaces is { } n ? $", reference {n}" : "";
        return $"  {faces.Photo.File,-24} {faces.Photo.Identity,-34} {faces.Faces.Count} face(s){reference}; {chosen}; " +
            $"{faces.Width}x{faces.Height}, {faces.Milliseconds:0} ms";
    }

    public static string FaceTotals(IReadOnlyList<PhotoFaces> photos, ReferenceFaces? reference)
    {
        var line = $"faces: {photos.Sum(p => p.Faces.Count)} on {photos.Count} photos; {photos.Count(p => p.Faces.Count == 0)} photos without a face, " +
            $"{photos.Count(p => !p.Photo.IsMulti && p.Faces.Count > 1)} single-person photos with more than one; {photos.Sum(p => p.Milliseconds) / 1000:0.0} s";
        if (reference is not null)
        {
            var theirs = photos.Select(p => reference.Of(p.Photo.File)?.Faces ?? 0).ToList();
            line += $"; reference: {theirs.Sum()} faces, {photos.Where((p, i) => p.Faces.Count != theirs[i]).Count()} photos with a different count";
        }

        return line;
    }

    public static void VariantTable(IReadOnlyDictionary<DescriptorVariant, VariantResult> results, VariantResult? reference, DescriptorVariant headline)
    {
        var any = results.Values.First().Pairs;
        Console.WriteLine($"pairs scored: {any.Genuine.Count} genuine, {any.Impostor.Count} impostor, {any.Unscored} unscored (a photo without a face); " +
            "TMR at FMR f: threshold = the (⌊f·impostors⌋+1)-th smallest impostor distance, accept strictly below " +
            $"(at 1e-4 with {any.Impostor.Count} impostors: below the smallest impostor distance)");
        var open = results[headline].OpenSet;
        var defaults = OpenSetProtocol.MatcherOptions(null);
        Console.WriteLine($"open set: {open.Splits} splits, {open.GallerySize} people enrolled from one photo each, {open.Probes} probes in all; " +
            $"the engine's OpenSetFaceMatcher decides at its defaults (FIR {defaults.FalseIdentificationRate:0e0}, impostor mean {defaults.ImpostorDistanceMean} sd {defaults.ImpostorDistanceStdDev}, " +
            $"margin {defaults.Margin}, max {defaults.MaxThreshold}: threshold {open.Threshold:0.0000} for {open.GallerySize} descriptors); evidence and enrolment quality floors at their defaults");
        Console.WriteLine($"columns: d' = decidability, invert = (genuine, impostor) combinations ordered wrongly; wrong/w-rate/correct = open set at the engine's defaults; " +
            $"cal.t = the threshold for a wrong-name rate of {VariantResult.CalibratedFir:0e0} at that gallery size from the variant's normal fit, then wrong/correct there; " +
            "0w.t = the largest threshold naming no stranger (the strangers' smallest closest-person distance, chosen on this data: compares variants at one operating point) and the correct-name rate there");
        Console.WriteLine($"{"variant",-34} {"gen p50",7} {"gen p99",7} {"imp p1",7} {"imp min",7} {"TMR1e-2",7} {"TMR1e-3",7} {"TMR1e-4",7} {"FA@0.6",6} {"FR@0.6",6} {"acc@0.6",7} {"d'",5} {"invert",6} {"wrong",5} {"w-rate",6} {"correct",7} {"cal.t",6} {"wrong",5} {"correct",7} {"0w.t",6} {"correct",7}");
        foreach (var (variant, result) in results)
        {
            Console.WriteLine(Row((variant == headline ? "* " : "  ") + variant, result));
        }

        if (reference is not null)
        {
            Console.WriteLine(Row("  reference (faceref)", reference));
        }
    }

    public static void Detail(VariantResult result)
    {
        var pairs = result.Pairs;
        Console.WriteLine($"genuine:  {pairs.Genuine.Summary(Percents)}, mean {pairs.Genuine.Mean:0.000}, sd {pairs.Genuine.StandardDeviation:0.000}");
        Console.WriteLine($"impostor: {pairs.Impostor.Summary(Percents)}, mean {pairs.Impostor.Mean:0.000}, sd {pairs.Impostor.StandardDeviation:0.000}");
        foreach (var rate in PairScores.FalseMatchRates)
        {
            Console.WriteLine($"  FMR {rate:0e0}: threshold {pairs.ThresholdAt(rate):0.0000}, TMR {pairs.TrueMatchRateAt(rate):0.0000}");
        }

        Console.WriteLine($"at {DefaultThreshold}: accuracy {pairs.Accuracy(DefaultThreshold):0.0000}, false accepts {pairs.FalseAccepts(DefaultThreshold)}, false rejects {pairs.FalseRejects(DefaultThreshold)}");
        var oneToOne = OpenSetThreshold.For(new FaceMatcherOptions(), comparisons: 1);
        Console.WriteLine($"at the default one-to-one threshold {oneToOne:0.000} (a gallery of one descriptor): accuracy {pairs.Accuracy(oneToOne):0.0000}, false accepts {pairs.FalseAccepts(oneToOne)}, false rejects {pairs.FalseRejects(oneToOne)}");
        Console.WriteLine($"impostor lower tail (20 smallest): {List(pairs.Impostor.Sorted.Take(20))}");
        Console.WriteLine($"genuine upper tail (10 largest): {List(pairs.Genuine.Sorted.TakeLast(10).Reverse())}");
        Console.WriteLine("closest impostor pairs: " + string.Join(", ", pairs.Scored.Where(s => !s.Pair.Same).OrderBy(s => s.Distance).Take(6).Select(s => $"{s.Pair.A}-{s.Pair.B} {s.Distance:0.000}")));
        Console.WriteLine("farthest genuine pairs: " + string.Join(", ", pairs.Scored.Where(s => s.Pair.Same).OrderByDescending(s => s.Distance).Take(6).Select(s => $"{s.Pair.A}-{s.Pair.B} {s.Distance:0.000}")));
        // The lower tail decides; a fit to the whole sample can miss it, so a second fit takes its width from p50 − p1.
        var lowerTail = new NormalFit(pairs.Impostor.Percentile(50), (pairs.Impostor.Percentile(50) - pairs.Impostor.Percentile(1)) / -NormalFit.StandardQuantile(0.01));
        foreach (var (name, fit) in new[] { ("normal fit (mean, sd)", new NormalFit(pairs.Impostor.Mean, pairs.Impostor.StandardDeviation)), ("lower-tail fit (p50, (p50 − p1)/2.326)", lowerTail) })
        {
            Console.WriteLine($"{name} of the impostor distances, mean {fit.Mean:0.0000} sd {fit.StandardDeviation:0.0000}: t = mean + sd·Φ⁻¹(FIR/N) for a per-comparison FMR of FIR/N");
            foreach (var fir in new[] { 1e-3, 1e-2 })
            {
                Console.WriteLine($"  FIR {fir:0e0}: " + string.Join(", ", new[] { 6, 100, 10_000, 1_000_000 }.Select(n => $"N {n}: {fit.Quantile(fir / n):0.0000}")));
            }
        }

        foreach (var fmr in new[] { 1e-2 / 6, 1e-3 })
        {
            var k = (int)Math.Floor(fmr * pairs.Impostor.Count);
            Console.WriteLine($"  measured: FMR {fmr:0.0e0} is impostor distance no. {k + 1} from the smallest, {pairs.ThresholdAt(fmr):0.0000}");
        }

        var open = result.OpenSet;
        Console.WriteLine($"open set at threshold {open.Threshold:0.0000}: {open.Probes} probes ({open.StrangerProbes} strangers, {open.EnrolledProbes} enrolled, {open.NoFace} without a face, " +
            $"{open.UnderFloor} under the evidence floors; {open.UnenrollablePeople} draws of a person with no photo passing the enrolment floors): " +
            $"wrong names {open.WrongNames} ({open.StrangersNamed} strangers named, {open.Misnamed} enrolled named as someone else), rate {open.WrongNameRate:0.0000}; " +
            $"correct names {open.CorrectNames}, rate {open.CorrectNameRate:0.0000}");
        Console.WriteLine($"  margin (second − best) when the best is the right person: {new Distribution(open.CorrectMargins).Summary(Percents)}");
        Console.WriteLine($"  margin (second − best) for strangers:                    {new Distribution(open.StrangerMargins).Summary(Percents)}");
        Console.WriteLine($"  margin (second − best) for strangers named:              {new Distribution(open.NamedStrangerMargins).Summary(Percents)}");
        Console.WriteLine($"  best distance for strangers:                            {new Distribution(open.StrangerBest).Summary(Percents)}");
    }

    public static object Json(DescriptorVariant variant, VariantResult result, VariantResult? reference) => new
    {
        accuracy = variant.ToString(),
        genuine = result.Pairs.Genuine.Count,
        impostor = result.Pairs.Impostor.Count,
        tmr_at_fmr_1e2 = Round(result.Pairs.TrueMatchRateAt(1e-2)),
        tmr_at_fmr_1e3 = Round(result.Pairs.TrueMatchRateAt(1e-3)),
        tmr_at_fmr_1e4 = Round(result.Pairs.TrueMatchRateAt(1e-4)),
        decidability = Math.Round(result.Pairs.Decidability, 3),
        open_set_threshold = Math.Round(result.OpenSet.Threshold, 4),
        accuracy_at_06 = Round(result.Pairs.Accuracy(DefaultThreshold)),
        false_accepts_at_06 = result.Pairs.FalseAccepts(DefaultThreshold),
        false_rejects_at_06 = result.Pairs.FalseRejects(DefaultThreshold),
        open_set_probes = result.OpenSet.Probes,
        wrong_names = result.OpenSet.WrongNames,
        wrong_name_rate = Round(result.OpenSet.WrongNameRate),
        correct_name_rate = Round(result.OpenSet.CorrectNameRate),
        reference_tmr_at_fmr_1e3 = reference is null ? (double?)null : Round(reference.Pairs.TrueMatchRateAt(1e-3)),
        reference_false_accepts_at_06 = reference?.Pairs.FalseAccepts(DefaultThreshold),
        reference_wrong_names = reference?.OpenSet.WrongNames,
        reference_correct_name_rate = reference is null ? (double?)null : Round(reference.OpenSet.CorrectNameRate),
    };

    private static string Row(string name, VariantResult r)
    {
        var p = r.Pairs;
        return $"{name,-34} {p.Genuine.Percentile(50),7:0.000} {p.Genuine.Percentile(99),7:0.000} {p.Impostor.Percentile(1),7:0.000} {p.Impostor.Min,7:0.000} " +
            $"{p.TrueMatchRateAt(1e-2),7:0.000} {p.TrueMatchRateAt(1e-3),7:0.000} {p.TrueMatchRateAt(1e-4),7:0.000} {p.FalseAccepts(DefaultThreshold),6} " +
            $"{p.FalseRejects(DefaultThreshold),6} {p.Accuracy(DefaultThreshold),7:0.0000} {p.Decidability,5:0.00} {p.Inversions,6} {r.OpenSet.WrongNames,5} {r.OpenSet.WrongNameRate,6:0.000} {r.OpenSet.CorrectNameRate,7:0.000} " +
            $"{r.CalibratedThreshold,6:0.000} {r.Calibrated.WrongNames,5} {r.Calibrated.CorrectNameRate,7:0.000} " +
            $"{r.ZeroWrongThreshold,6:0.000} {r.ZeroWrong.CorrectNameRate,7:0.000}";
    }

    private static string List(IEnumerable<double> values) => string.Join(" ", values.Select(v => v.ToString("0.000", CultureInfo.InvariantCulture)));

    private static double Round(double value) => Math.Round(value, 4);
}
