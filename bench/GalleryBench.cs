using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using System.Text.Json;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Matching.Index;

namespace FaceClassifier.Bench;

/// <summary>
/// The gallery's exact search as the shard grains will run it: N random unit-norm 128-d descriptors, ten per person,
/// persons hashed to 64 <see cref="DescriptorIndex"/> shards; then batches of 100 query descriptors matched against
/// every shard, two shards at a time (one per core), and the shards' answers merged.
/// Usage: bench gallery [--descriptors N] [--shards 64] [--batches 50] [--batch 100] [--threads 2]; ends with one JSON line.
/// </summary>
internal static class GalleryBench
{
    private const int Dimension = 128;
    private const int PerPerson = 10;

    public static void Run(string[] args)
    {
        var descriptors = Option(args, "--descriptors", 100_000);
        var shardCount = Option(args, "--shards", 64);
        var batches = Option(args, "--batches", 50);
        var batchSize = Option(args, "--batch", 100);
        var threads = Option(args, "--threads", 2);
        var random = new Random(42);

        var heapBefore = HeapAfterFullCollection();
        var workingSetBefore = WorkingSet();
        var shards = Enumerable.Range(0, shardCount).Select(_ => new DescriptorIndex(Dimension)).ToArray();
        var kept = new List<float[]>();
        var enrolTime = TimeSpan.Zero;
        for (var person = 0; person * PerPerson < descriptors; person++)
        {
            var own = Enumerable.Range(0, Math.Min(PerPerson, descriptors - person * PerPerson)).Select(_ => UnitDescriptor(random)).ToArray();
            var id = NewId(random);
            var shard = shards[ShardOf(id, shardCount)];
            var watch = Stopwatch.StartNew();
            shard.Set(id.ToString(), $"Person {person}", own);
            enrolTime += watch.Elapsed;
            if (kept.Count < 10_000)
            {
                kept.Add(own[0]);
            }
        }

        var heapGrowth = HeapAfterFullCollection() - heapBefore - kept.Count * (Dimension * sizeof(float) + 24L);
        var workingSetGrowth = WorkingSet() - workingSetBefore;
        var matrixBytes = shards.Sum(s => s.MatrixBytes);

        // Half the queries are new sightings of enrolled people (a copy moved by 0.3), half strangers.
        float[][] Batch() => [.. Enumerable.Range(0, batchSize).Select(i => i % 2 == 0 ? Moved(kept[random.Next(kept.Count)], random) : UnitDescriptor(random))];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };

        // Warm-up batches until the JIT has settled on optimised code (tiering takes a few hundred calls).
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(3);)
        {
            MatchAll(shards, Batch(), parallel);
        }

        var times = new List<double>();
        var found = 0;
        var cpuBefore = ProcessorTime();
        for (var b = 0; b < batches; b++)
        {
            var batch = Batch();
            var watch = Stopwatch.StartNew();
            var merged = MatchAll(shards, batch, parallel);
            times.Add(watch.Elapsed.TotalMilliseconds);
            found += merged.Count(m => m.Best is { Distance: < 0.6f });
        }

        var cpuPerBatch = (ProcessorTime() - cpuBefore).TotalMilliseconds / batches;

        times.Sort();
        var p50 = times[(times.Count - 1) / 2];
        var p99 = times[(int)Math.Ceiling(0.99 * times.Count) - 1];
        var perSecond = descriptors / enrolTime.TotalSeconds;
        Console.WriteLine(
            $"{descriptors} descriptors, {shards.Sum(s => s.People)} people in {shardCount} shards ({shards.Min(s => s.Rows)}-{shards.Max(s => s.Rows)} rows each), " +
            $"{Environment.ProcessorCount} cores, {threads} matching threads");
        Console.WriteLine($"enrol: {enrolTime.TotalSeconds:0.00} s in Set calls, {perSecond:0} descriptors/s");
        Console.WriteLine(
            $"memory: matrix and per-row data {matrixBytes / 1e6:0.0} MB; managed heap growth after a full GC {heapGrowth / 1e6:0.0} MB " +
            $"(less the kept query seeds); working-set growth {workingSetGrowth / 1e6:0.0} MB, after matching {(WorkingSet() - workingSetBefore) / 1e6:0.0} MB");
        Console.WriteLine(
            $"match: {batches} batches of {batchSize} after 3 s of warm-up, p50 {p50:0.0} ms, p99 {p99:0.0} ms, min {times[0]:0.0} ms; " +
            $"{cpuPerBatch:0.0} ms of processor time per batch ({cpuPerBatch / threads:0.0} ms if {threads} cores were all ours; load average {LoadAverage()}); " +
            $"{found} of {batches * batchSize} queries matched under 0.6");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            descriptors,
            batch = batchSize,
            match_ms_p50 = Math.Round(p50, 1),
            match_ms_p99 = Math.Round(p99, 1),
            enrol_per_s = Math.Round(perSecond),
            memory_mb = Math.Round(heapGrowth / 1e6, 1),
        }));
    }

    private static GalleryCandidates[] MatchAll(DescriptorIndex[] shards, float[][] batch, ParallelOptions parallel)
    {
        var answers = new IReadOnlyList<GalleryCandidates>[shards.Length];
        Parallel.For(0, shards.Length, parallel, s => answers[s] = shards[s].Match(batch));
        var merged = new GalleryCandidates[batch.Length];
        foreach (var answer in answers)
        {
            for (var q = 0; q < merged.Length; q++)
            {
                merged[q] = merged[q].Merge(answer[q]);
            }
        }

        return merged;
    }

    // As Grains' GalleryShards.Of: the random last eight bytes of a version-4 id, mod the shard count.
    private static int ShardOf(Guid id, int shards)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]) % (ulong)shards);
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    internal static float[] UnitDescriptor(Random random)
    {
        var v = new float[Dimension];
        for (var i = 0; i < Dimension; i++)
        {
            v[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }

        var scale = 1 / MathF.Sqrt(TensorPrimitives.SumOfSquares<float>(v));
        TensorPrimitives.Multiply(v, scale, v);
        return v;
    }

    private static float[] Moved(float[] descriptor, Random random)
    {
        var offset = UnitDescriptor(random);
        return [.. descriptor.Select((x, i) => x + 0.3f * offset[i])];
    }

    private static long HeapAfterFullCollection()
    {
        // Aggressive also hands the freed memory (old matrices left by growth) back to the system.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
