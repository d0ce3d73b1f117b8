using FaceClassifier.Gallery;
using FaceClassifier.Jobs;
using FaceClassifier.Learning;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api.Learning;

/// <summary>
/// A completed job with stored faces, on the shared API host: f1 is the enrolled person (its frames near theirs), f2 an
/// unknown face with good frames, f3 one without. Descriptors are seeded random unit vectors, far from everyone else's.
/// </summary>
public sealed record LearningJob(Guid JobId, Guid PersonId, string PersonName, IReadOnlyList<float[]> UnknownFrames)
{
    public const string PersonFace = "f1";
    public const string UnknownFace = "f2";
    public const string FaceWithoutFrames = "f3";

    public static async Task<LearningJob> CreateAsync(ApiFactory factory, int seed)
    {
        var random = new Random(seed);
        var person = Unit(random);
        var stranger = Unit(random);
        var personId = Guid.NewGuid();
        var name = $"Pat Learning {seed}";
        await factory.Services.GetRequiredService<IGallery>().EnrolAsync(personId, name, [.. Enumerable.Range(0, 3).Select(_ => Near(person, random))]);

        var jobId = Guid.NewGuid();
        var unknownFrames = Enumerable.Range(0, 4).Select(_ => Near(stranger, random)).ToArray();
        await factory.Services.GetRequiredService<FaceArchiveStore>().WriteAsync(new FaceArchive(jobId,
        [
            new ArchivedFace(PersonFace, 1, 4, 2, [new(1, 4)], [.. Enumerable.Range(0, 3).Select(_ => Near(person, random))]),
            new ArchivedFace(UnknownFace, 2, 9, 3, [new(2, 5), new(8, 9)], unknownFrames),
            new ArchivedFace(FaceWithoutFrames, 6, 7, 6.5, [new(6, 7)], []),
        ]));
        factory.Analysis.For(jobId).Result = new JobResult(
            [new PersonResult(personId.ToString(), name, 0.9, 1, 4, 7, 2, 0.12, 0.8, 3) { FaceId = PersonFace, Segments = [new(1, 4)] }],
            [
                new UnknownFaceResult("unknown person 1", 5, 2, 9) { FaceId = UnknownFace, Segments = [new(2, 5), new(8, 9)] },
                new UnknownFaceResult("unknown person 2", 3, 6, 7) { FaceId = FaceWithoutFrames, Segments = [new(6, 7)] },
            ],
            15, 40, 10);
        await factory.Grains.GetGrain<IClassificationJob>(jobId).SubmitAsync(TestJobs.Submission(jobId));
        await TestJobs.WaitForDoneAsync(factory.Grains, jobId);
        return new LearningJob(jobId, personId, name, unknownFrames);
    }

    private static float[] Unit(Random random) => Normalise([.. Enumerable.Range(0, 128).Select(_ => (float)random.NextDouble() - 0.5f)]);

    /// <summary>About 0.1 away from <paramref name="centre"/>: the same face in another frame.</summary>
    private static float[] Near(float[] centre, Random random) =>
        Normalise([.. centre.Select(v => v + (((float)random.NextDouble() - 0.5f) * 0.03f))]);

    private static float[] Normalise(float[] v)
    {
        var length = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / length)];
    }
}
