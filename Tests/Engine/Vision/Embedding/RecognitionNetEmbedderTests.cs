using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Vision.Embedding;

/// <summary>Batching, identity separation, robustness to JPEG and concurrent use of one embedder.</summary>
[Trait("Kind", "unit")]
public sealed class RecognitionNetEmbedderTests(RecognitionNetFixture fixture, ITestOutputHelper output)
    : IClassFixture<RecognitionNetFixture>
{
    private const double SamePersonThreshold = 0.6;

    private static readonly RgbImage[] FaceChips = RecognitionNetReference.FaceChips.Select(RecognitionNetReference.Load).ToArray();

    [Fact]
    public void A_batch_of_16_equals_16_single_runs()
    {
        // 8 face chips, 3 non-square crops and 5 mirrored chips: mixed sizes in one batch.
        var chips = FaceChips
            .Concat(RecognitionNetReference.NonSquareCrops.Select(RecognitionNetReference.Load))
            .Concat(FaceChips.Take(5).Select(MirrorLeftRight))
            .ToArray();
        Assert.Equal(16, chips.Length);

        var batch = fixture.Embedder.Embed(chips);

        // Bit-identical, not just close: each image of a batch goes through the same kernels.
        Assert.Equal(16, batch.Count);
        for (var i = 0; i < chips.Length; i++)
        {
            Assert.Equal(fixture.Embedder.Embed(chips[i]), batch[i]);
        }
    }

    [Fact]
    public void Different_people_are_farther_apart_than_the_match_threshold()
    {
        var descriptors = fixture.Embedder.Embed(FaceChips);

        var closest = double.MaxValue;
        for (var i = 0; i < descriptors.Count; i++)
        {
            for (var j = i + 1; j < descriptors.Count; j++)
            {
                closest = Math.Min(closest, RecognitionNetReference.Distance(descriptors[i], descriptors[j]));
            }
        }

        output.WriteLine($"closest pair of the {descriptors.Count} people: {closest:F4}");
        Assert.InRange(closest, SamePersonThreshold, double.MaxValue);
    }

    [Fact]
    public void The_same_chip_after_jpeg_quality_90_stays_well_within_the_threshold()
    {
        var farthest = 0.0;
        foreach (var chip in FaceChips)
        {
            var original = fixture.Embedder.Embed(chip);
            var recoded = fixture.Embedder.Embed(TestImages.JpegRoundTrip(chip, quality: 90));
            farthest = Math.Max(farthest, RecognitionNetReference.Distance(original, recoded));
        }

        output.WriteLine($"largest original-vs-JPEG distance: {farthest:F4}");
        Assert.InRange(farthest, 0, SamePersonThreshold / 4);
    }

    [Fact]
    public async Task Concurrent_callers_get_the_same_descriptors_as_sequential_ones()
    {
        var expected = FaceChips.Select(fixture.Embedder.Embed).ToArray();
        using var start = new Barrier(FaceChips.Length);

        var results = await Task.WhenAll(FaceChips.Select((chip, i) => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait(TimeSpan.FromSeconds(30));
                return Enumerable.Range(0, 5).Select(_ => fixture.Embedder.Embed(chip)).ToArray();
            },
            TaskCreationOptions.LongRunning)));

        for (var i = 0; i < FaceChips.Length; i++)
        {
            Assert.All(results[i], descriptor => Assert.Equal(expected[i], descriptor));
        }
    }

    [Fact]
    public void Empty_batch_gives_no_descriptors_and_dimension_is_128()
    {
        Assert.Empty(fixture.Embedder.Embed(Array.Empty<RgbImage>()));
        Assert.Equal(128, fixture.Embedder.Dimension);
    }

    [Fact]
    public void A_disposed_embedder_refuses_work()
    {
        var embedder = new RecognitionNetEmbedder(Options.Create(TestAssets.TestModelOptions()));
        embedder.Dispose();
        embedder.Dispose();

        Assert.Throws<ObjectDisposedException>(() => embedder.Embed(FaceChips[0]));
    }

    private static RgbImage MirrorLeftRight(RgbImage image)
    {
        var pixels = new byte[image.Pixels.Length];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                image.Pixels.AsSpan((y * image.Width + x) * 3, 3).CopyTo(pixels.AsSpan((y * image.Width + image.Width - 1 - x) * 3));
            }
        }

        return new RgbImage(image.Width, image.Height, pixels);
    }
}
