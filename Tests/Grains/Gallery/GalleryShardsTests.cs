using FaceClassifier.Gallery;

namespace FaceClassifier.Tests.Grains.Gallery;

[Trait("Kind", "unit")]
public sealed class GalleryShardsTests
{
    [Theory]
    [InlineData("00000000-0000-4000-8000-000000000000", 64, 0)]
    [InlineData("00000000-0000-4000-8000-000000000041", 64, 1)]
    [InlineData("6f9619ff-8b86-4011-b42d-00c04fc964ff", 64, 63)]
    [InlineData("6f9619ff-8b86-4011-b42d-00c04fc964ff", 10, 7)]
    public void A_persons_shard_is_a_fixed_function_of_its_id_and_the_count(string id, int shards, int expected) =>
        Assert.Equal(expected, GalleryShards.Of(Guid.Parse(id), shards));

    [Fact]
    public void Random_ids_spread_evenly_over_the_shards()
    {
        var counts = new int[64];
        var random = new Random(11);
        var bytes = new byte[16];
        for (var i = 0; i < 64_000; i++)
        {
            random.NextBytes(bytes);
            counts[GalleryShards.Of(new Guid(bytes), 64)]++;
        }

        // 1,000 expected per shard; five standard deviations (about 160) either side.
        Assert.All(counts, c => Assert.InRange(c, 840, 1160));
    }
}
