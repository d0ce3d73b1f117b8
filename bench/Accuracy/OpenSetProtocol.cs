using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Matching.Index;
using FaceClassifier.Engine.Vision.Quality;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>
/// Open-set identification on the single-person photos, as the product would decide. Each split shuffles the identities
/// (seeded) and enrols one photo of each of the first half (a seeded pick among the photos whose face passes the
/// enrolment floors; a person with none stays unenrolled), then probes with every other single-person photo: the
/// strangers' photos and the enrolled people's other photos. A probe face under the evidence floors is not named; the
/// others are decided by the engine's <see cref="OpenSetFaceMatcher"/> on one frame. Faces without a measured quality
/// (the reference's) pass every floor.
/// </summary>
internal static class OpenSetProtocol
{
    public static OpenSetResult Run(IReadOnlyList<PhotoDescriptor> photos, int splits, int seed, float? threshold = null)
    {
        var floors = new FaceQualityOptions();
        var single = photos.Where(p => !p.Photo.IsMulti).ToList();
        var identities = single.Select(p => p.Photo.Identity).Distinct().Order(StringComparer.Ordinal).ToList();
        var options = MatcherOptions(threshold);
        var matcher = new OpenSetFaceMatcher(Options.Create(options));
        var result = new OpenSetResult();
        for (var split = 0; split < splits; split++)
        {
            var random = new Random(seed + split);
            var order = identities.OrderBy(_ => random.Next()).ToList();
            var enrolled = new Dictionary<string, PhotoDescriptor>(StringComparer.Ordinal);
            foreach (var identity in order.Take(order.Count / 2))
            {
                var candidates = single.Where(p => p.Photo.Identity == identity && p.Descriptor is not null && Passes(floors.Enrolment, p)).ToList();
                if (candidates.Count > 0)
                {
                    enrolled[identity] = candidates[random.Next(candidates.Count)];
                }
                else
                {
                    result.UnenrollablePeople++;
                }
            }

            var index = new DescriptorIndex();
            foreach (var (identity, photo) in enrolled)
            {
                index.Set(identity, identity, [photo.Descriptor!]);
            }

            var probes = single.Where(p => !enrolled.ContainsValue(p)).ToList();
            var withFace = probes.Where(p => p.Descriptor is not null).ToList();
            var candidatesOf = index.Match([.. withFace.Select(p => p.Descriptor!)]);
            result.Splits++;
            result.GallerySize = enrolled.Count;
            result.Threshold = OpenSetThreshold.For(options, index.Rows);
            foreach (var probe in probes.Where(p => p.Descriptor is null))
            {
                result.Add(probe.Photo.Identity, enrolled.ContainsKey(probe.Photo.Identity), null, GalleryCandidates.None);
            }

            for (var i = 0; i < withFace.Count; i++)
            {
                var identity = withFace[i].Photo.Identity;
                var isEnrolled = enrolled.ContainsKey(identity);
                if (!Passes(floors.Evidence, withFace[i]))
                {
                    result.AddUnderFloor(isEnrolled);
                    continue;
                }

                result.Add(identity, isEnrolled, matcher.Decide([candidatesOf[i]]), candidatesOf[i]);
            }
        }

        return result;
    }

    /// <summary>The engine's matcher options at their defaults, or with <paramref name="threshold"/> as the explicit override.</summary>
    public static FaceMatcherOptions MatcherOptions(float? threshold) => new() { Threshold = threshold };

    private static bool Passes(FaceQualityFloors floors, PhotoDescriptor photo) => photo.Quality is not { } quality || floors.Admits(quality);
}
