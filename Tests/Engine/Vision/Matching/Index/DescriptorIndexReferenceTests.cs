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
}
