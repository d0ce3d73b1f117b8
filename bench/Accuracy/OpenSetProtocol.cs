using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Matching.Index;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>
/// Open-set identification on the single-person photos. Each split shuffles the identities (seeded), enrols one photo
/// (a seeded pick among those with a face) of each of the first half, and probes with every other single-person photo:
/// the strangers' photos and the enrolled people's other photos. The engine's matcher makes every decision.
/// </summary>
internal static class OpenSetProtocol
{
    public static OpenSetResult Run(IReadOnlyList<PhotoDescriptor> photos, int splits, int seed, float? threshold = null)
    {
        var single = photos.Where(p => !p.Photo.IsMulti).ToList();
        var identities = single.Select(p => p.Photo.Identity).Distinct().Order(StringComparer.Ordinal).ToList();
        var result = new OpenSetResult();
        for (var split = 0; split < splits; split++)
        {
            var random = new Random(seed + split);
            var order = identities.OrderBy(_ => random.Next()).ToList();
            var enrolled = new Dictionary<string, PhotoDescriptor>(StringComparer.Ordinal);
            foreach (var identity in order.Take(order.Count / 2))
            {
                var candidates = single.Where(p => p.Photo.Identity == identity && p.Descriptor is not null).ToList();
                if (candidates.Count > 0)
                {
                    enrolled[identity] = candidates[random.Next(candidates.Count)];
                }
            }

            var index = new DescriptorIndex();
            foreach (var (identity, photo) in enrolled)
            {
                index.Set(identity, identity, [photo.Descriptor!]);
            }

            var probes = single.Where(p => !enrolled.ContainsValue(p)).ToList();
            var withFace = probes.Where(p => p.Descriptor is not null).ToList();
            var candidatesOf = new IndexGallerySearch(index).SearchAsync([.. withFace.Select(p => p.Descriptor!)]).Result;
            var matcher = CreateMatcher(threshold);
            result.Splits++;
            result.GallerySize = enrolled.Count;
            foreach (var probe in probes.Where(p => p.Descriptor is null))
            {
                result.Add(probe.Photo.Identity, enrolled.ContainsKey(probe.Photo.Identity), null, GalleryCandidates.None);
            }

            for (var i = 0; i < withFace.Count; i++)
            {
                var identity = withFace[i].Photo.Identity;
                result.Add(identity, enrolled.ContainsKey(identity), matcher.Decide(candidatesOf[i]), candidatesOf[i]);
            }
        }

        return result;
    }

    /// <summary>The engine's matcher at its defaults, or with <paramref name="threshold"/> as an explicit override.</summary>
    private static IFaceMatcher CreateMatcher(float? threshold)
    {
        var options = new FaceMatcherOptions();
        if (threshold is { } fixedThreshold)
        {
            options.Threshold = fixedThreshold;
        }

        return new EuclideanFaceMatcher(Options.Create(options));
    }
}
