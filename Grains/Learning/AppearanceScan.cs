using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Matching.Index;
using FaceClassifier.Gallery;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Learning;

/// <summary>
/// Finds a person's faces in stored jobs with the jobs' own rule: a face is the person when the open-set matcher, given
/// the whole gallery's candidates for its good frames, names them; or when a user named it so; never when a user said
/// it is not them.
/// </summary>
/// <remarks>
/// The matcher names p only when the median of the frames' distances to p is under the threshold, and the threshold is
/// largest for a gallery of one descriptor; a frame's distance to p's nearest descriptor is never more than what the
/// matcher sees. So a face whose median distance to p's own descriptors is not under that largest threshold cannot be
/// named p, and only the others are searched in the whole gallery.
/// </remarks>
public sealed class AppearanceScan(FaceArchiveStore archives, IGallery gallery, IFaceMatcher matcher, IOptions<FaceMatcherOptions> options)
{
    private const int ParallelReads = 8;
    private const int SearchBatch = 4096;

    /// <summary>The person's appearances in <paramref name="jobs"/>, in the jobs' order; a job without an archive has none.</summary>
    public async Task<IReadOnlyList<JobAppearance>> ScanAsync(
        Guid personId, IReadOnlyList<float[]> descriptors, IReadOnlyList<Guid> jobs, CancellationToken cancellationToken = default)
    {
        var id = personId.ToString();
        var own = new DescriptorIndex(descriptors.Count == 0 ? 128 : descriptors[0].Length);
        own.Set(id, "", descriptors);
        var bound = OpenSetThreshold.For(options.Value, 1);
        var found = new (ArchivedFace Face, bool Certain)[jobs.Count][];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, jobs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, token) => found[i] = Candidates(await archives.ReadAsync(jobs[i], token), id, own, bound));

        var unsure = found.SelectMany(f => f).Where(f => !f.Certain).Select(f => f.Face).ToList();
        var named = await NamedByGalleryAsync(unsure, id, cancellationToken);
        return
        [
            .. jobs.SelectMany((job, i) => found[i]
                .Where(f => f.Certain || named.Contains(f.Face))
                .Select(f => new JobAppearance(job, f.Face.FaceId, f.Face.FirstSeenS, f.Face.LastSeenS, f.Face.Segments))),
        ];
    }

    /// <summary>The archive's faces named the person by hand (certain) and those close enough to their photos to ask the gallery.</summary>
    private static (ArchivedFace Face, bool Certain)[] Candidates(FaceArchive? archive, string personId, DescriptorIndex own, float bound)
    {
        if (archive is null)
        {
            return [];
        }

        var result = new List<(ArchivedFace, bool)>();
        foreach (var face in archive.Faces)
        {
            if (face.IsRejected(personId) || (face.NamedPersonId is { } named && named != personId))
            {
                continue;
            }

            if (face.NamedPersonId == personId)
            {
                result.Add((face, true));
            }
            else if (face.Evidence.Count > 0 && own.Rows > 0 && Median(own.Match(face.Evidence)) < bound)
            {
                result.Add((face, false));
            }
        }

        return [.. result];
    }

    private async Task<HashSet<ArchivedFace>> NamedByGalleryAsync(IReadOnlyList<ArchivedFace> faces, string personId, CancellationToken cancellationToken)
    {
        var named = new HashSet<ArchivedFace>(ReferenceEqualityComparer.Instance);
        for (var first = 0; first < faces.Count;)
        {
            // Whole faces per batch, about SearchBatch frames each: one search call to every shard per batch.
            var batch = new List<ArchivedFace>();
            var frames = 0;
            while (first < faces.Count && (batch.Count == 0 || frames + faces[first].Evidence.Count <= SearchBatch))
            {
                frames += faces[first].Evidence.Count;
                batch.Add(faces[first++]);
            }

            var candidates = await gallery.SearchAsync([.. batch.SelectMany(f => f.Evidence)], cancellationToken);
            var at = 0;
            foreach (var face in batch)
            {
                if (matcher.Decide([.. candidates.Skip(at).Take(face.Evidence.Count)]).PersonId == personId)
                {
                    named.Add(face);
                }

                at += face.Evidence.Count;
            }
        }

        return named;
    }

    private static float Median(IReadOnlyList<GalleryCandidates> frames)
    {
        var values = frames.Select(f => f.Best?.Distance ?? float.PositiveInfinity).Order().ToArray();
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
