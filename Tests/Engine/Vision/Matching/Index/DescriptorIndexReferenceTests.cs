using FaceClassifier.Engine.Vision.Matching.Index;
using static FaceClassifier.Tests.Engine.Vision.Matching.Index.BruteForceGallery;

namespace FaceClassifier.Tests.Engine.Vision.Matching.Index;

/// <summary>The index against the brute-force reference: the same two people at exactly the same distances.</summary>
[Trait("Kind", "unit")]
public class DescriptorIndexReferenceTests
{
    [Fact]
    public void Matches_the_brute_force_reference_on_random_data()
    {
        // 9,000-odd rows and 150 queries: more than one block of rows and of queries per scoring call.
        var random = new Random(11);
        var index = new DescriptorIndex();
        var reference = new BruteForceGallery();
        var centres = new List<float[]>();
        for (var p = 0; p < 1000; p++)
        {
            var centre = RandomDescriptor(random, 1.45f);
            var descriptors = Enumerable.Range(0, random.Next(1, 18)).Select(_ => Near(centre, random, 0.4f)).ToArray();
            index.Set($"person-{p:D4}", $"Person {p}", descriptors);
            reference.Set($"person-{p:D4}", $"Person {p}", descriptors);
            centres.Add(centre);
        }

        var queries = Enumerable.Range(0, 150)
            .Select(i => i % 2 == 0 ? Near(centres[random.Next(centres.Count)], random, 0.3f) : RandomDescriptor(random, 1.45f))
            .ToArray();

        Assert.True(index.Rows > 8192, $"{index.Rows} rows");
        Assert.Equal(queries.Select(reference.Match), index.Match(queries));
    }

    [Fact]
    public void Stays_equal_to_the_reference_through_random_sets_replacements_and_removals()
    {
        var random = new Random(5);
        var index = new DescriptorIndex(dimension: 16);
        var reference = new BruteForceGallery();
        var queries = Enumerable.Range(0, 40).Select(_ => RandomDescriptor(random, dimension: 16)).ToArray();
        for (var step = 0; step < 600; step++)
        {
            var id = $"p{random.Next(60)}";
            if (random.Next(4) == 0)
            {
                Assert.Equal(reference.Ids.Contains(id), index.Remove(id));
                reference.Remove(id);
            }
            else
            {
                var descriptors = Enumerable.Range(0, random.Next(1, 30)).Select(_ => RandomDescriptor(random, dimension: 16)).ToArray();
                index.Set(id, $"name {step}", descriptors);
                reference.Set(id, $"name {step}", descriptors);
            }

            if (step % 25 == 0)
            {
                Assert.Equal(queries.Select(reference.Match), index.Match(queries));
            }
        }

        Assert.Equal(reference.Ids.Count, index.People);
        Assert.Equal(reference.Rows, index.Rows);
        Assert.Equal(queries.Select(reference.Match), index.Match(queries));
    }

    [Fact]
    public void Matches_the_reference_where_8_bit_levels_are_coarse_spiky_and_of_any_scale()
    {
        // A spike flattens a row's other values to level 0; scales from 1e-3 to 1e2 share the index.
        var random = new Random(3);
        var index = new DescriptorIndex();
        var reference = new BruteForceGallery();
        for (var p = 0; p < 300; p++)
        {
            var scale = MathF.Pow(10, random.Next(-3, 3));
            var descriptors = Enumerable.Range(0, random.Next(1, 8)).Select(_ =>
            {
                var d = RandomDescriptor(random, scale);
                d[random.Next(d.Length)] += p % 3 == 0 ? 50 * scale : 0;
                return d;
            }).ToArray();
            index.Set($"p{p:D3}", "", descriptors);
            reference.Set($"p{p:D3}", "", descriptors);
        }

        var queries = Enumerable.Range(0, 60).Select(i => RandomDescriptor(random, MathF.Pow(10, i % 6 - 3))).ToArray();

        Assert.Equal(queries.Select(reference.Match), index.Match(queries));
    }

    [Fact]
    public void Distances_one_float_step_apart_are_told_apart()
    {
        // Both rows have the same 8-bit levels; only the float32 check can order them.
        var random = new Random(9);
        var index = new DescriptorIndex();
        var query = new float[128];
        var near = new float[128];
        near[0] = 1;
        var nearer = (float[])near.Clone();
        nearer[0] = MathF.BitDecrement(1);
        index.Set("ann", "Ann", [near]);
        index.Set("bob", "Bob", [nearer]);
        for (var p = 0; p < 50; p++)
        {
            index.Set($"far{p}", "", [RandomDescriptor(random, 2)]);
        }

        var match = index.Match([query])[0];

        Assert.Equal(("bob", MathF.BitDecrement(1)), (match.Best?.PersonId, match.Best?.Distance));
        Assert.Equal(("ann", 1f), (match.Second?.PersonId, match.Second?.Distance));
    }

    [Fact]
    public void Concurrent_matches_give_the_answers_of_one_at_a_time()
    {
        var random = new Random(4);
        var index = new DescriptorIndex();
        for (var p = 0; p < 400; p++)
        {
            index.Set($"p{p}", "", [.. Enumerable.Range(0, 5).Select(_ => RandomDescriptor(random))]);
        }

        var batches = Enumerable.Range(0, 8).Select(_ => Enumerable.Range(0, 30).Select(_ => RandomDescriptor(random)).ToArray()).ToArray();
        var alone = batches.Select(b => index.Match(b)).ToArray();

        var together = new IReadOnlyList<FaceClassifier.Engine.Vision.Matching.GalleryCandidates>[batches.Length];
        Parallel.For(0, batches.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = index.Match(batches[i]));

        Assert.Equal(alone, together);
    }
}
