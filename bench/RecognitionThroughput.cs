using System.Diagnostics;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Engine.Vision.Models;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Bench;

/// <summary>Descriptors per second of <see cref="RecognitionNetEmbedder"/> at batch 1 and 16, 1 and 2 intra-op threads.</summary>
internal static class RecognitionThroughput
{
    public static void Run(string chipsDirectory, int rounds)
    {
        var chips = Directory.GetFiles(chipsDirectory, "*_150.png").Order().Select(LoadRgb).ToArray();
        Console.WriteLine($"{chips.Length} chips from {chipsDirectory}; median of {rounds} rounds of 64 descriptors");
        foreach (var threads in new[] { 1, 2 })
        {
            using var embedder = new RecognitionNetEmbedder(Options.Create(new ModelOptions { IntraOpThreads = threads }));
            foreach (var batch in new[] { 1, 16 })
            {
                var input = Enumerable.Range(0, batch).Select(i => chips[i % chips.Length]).ToArray();
                embedder.Embed(input);
                var perSecond = Enumerable.Range(0, rounds).Select(_ => Round(embedder, input)).Order().ElementAt(rounds / 2);
                Console.WriteLine($"threads {threads} batch {batch,2}: {perSecond,6:F1} descriptors/s ({1000 / perSecond:F2} ms each)");
            }
        }
    }

    private static double Round(RecognitionNetEmbedder embedder, RgbImage[] input)
    {
        const int descriptors = 64;
        var watch = Stopwatch.StartNew();
        for (var done = 0; done < descriptors; done += input.Length)
        {
            embedder.Embed(input);
        }

        return descriptors / watch.Elapsed.TotalSeconds;
    }

    private static RgbImage LoadRgb(string path) => new OpenCvImageCodec().Decode(File.ReadAllBytes(path));
}
