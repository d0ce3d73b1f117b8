using FaceClassifier.Engine.Vision.Matching.Index;
using static FaceClassifier.Tests.Engine.Vision.Matching.Index.BruteForceGallery;

namespace FaceClassifier.Tests.Engine.Vision.Matching.Index;

[Trait("Kind", "unit")]
public class DescriptorQuantizerTests
{
    [Fact]
    public void A_row_is_written_down_its_column_within_63_levels_with_its_exact_error()
    {
        var row = RandomDescriptor(new Random(1), 1.4f, dimension: 16);
        var block = new sbyte[16 * 4];

        var (scale, error) = DescriptorQuantizer.QuantizeRow(row, block, column: 2, width: 4);

        var levels = Enumerable.Range(0, 16).Select(i => block[i * 4 + 2]).ToArray();
        Assert.Equal(63, levels.Max(l => Math.Abs((int)l)));
        Assert.All(Enumerable.Range(0, 16), i => Assert.Equal(0, block[i * 4]));
        Assert.Equal(Math.Sqrt(row.Select((x, i) => Math.Pow(x - levels[i] * (double)scale, 2)).Sum()), error, 6);
        Assert.True(error <= scale / 2 * 4, $"error {error} is at most half a level per value");
    }

    [Fact]
    public void Queries_share_one_scale_and_carry_the_zero_point()
    {
        float[][] queries = [[0.5f, -1f, 0f], [0.25f, 0.75f, -0.1f]];
        var levels = new byte[6];
        var errors = new float[2];
        var lengths = new float[2];

        var scale = DescriptorQuantizer.QuantizeQueries(queries, levels, errors, lengths);

        Assert.Equal(1f / 127, scale);
        Assert.Equal([128 + 64, 128 - 127, 128, 128 + 32, 128 + 95, 128 - 13], levels.Select(l => (int)l));
        Assert.Equal(Math.Sqrt(Math.Pow(0.5 - 64 / 127.0, 2)), errors[0], 6);
        Assert.Equal(Math.Sqrt(Math.Pow(64 / 127.0, 2) + 1), lengths[0], 6);
    }

    [Fact]
    public void The_error_bound_holds_for_random_and_spiky_vectors()
    {
        var random = new Random(2);
        for (var trial = 0; trial < 200; trial++)
        {
            var q = RandomDescriptor(random, 1.5f);
            var g = RandomDescriptor(random, trial % 2 == 0 ? 0.01f : 30f);
            g[trial % 128] += trial % 4 == 0 ? 100 : 0;
            var block = new sbyte[128];
            var (gScale, gError) = DescriptorQuantizer.QuantizeRow(g, block, 0, 1);
            var levels = new byte[128];
            var (qError, qLength) = (new float[1], new float[1]);
            var qScale = DescriptorQuantizer.QuantizeQueries(new[] { q }, levels, qError, qLength);

            var exact = q.Select((x, i) => (double)x * g[i]).Sum();
            var quantized = Enumerable.Range(0, 128).Select(i => (levels[i] - 128.0) * qScale * block[i] * gScale).Sum();
            var gLength = Math.Sqrt(g.Sum(x => (double)x * x));

            Assert.True(Math.Abs(exact - quantized) <= qError[0] * gLength + qLength[0] * gError, $"trial {trial}");
        }
    }

    [Fact]
    public void Zero_vectors_quantize_to_zero_levels_without_error()
    {
        var block = new sbyte[8];
        var levels = new byte[8];
        var (errors, lengths) = (new float[1], new float[1]);

        Assert.Equal((0f, 0f), DescriptorQuantizer.QuantizeRow(new float[8], block, 0, 1));
        Assert.Equal(0f, DescriptorQuantizer.QuantizeQueries(new[] { new float[8] }, levels, errors, lengths));
        Assert.All(block, l => Assert.Equal(0, l));
        Assert.All(levels, l => Assert.Equal(128, l));
        Assert.Equal((0f, 0f), (errors[0], lengths[0]));
    }
}
