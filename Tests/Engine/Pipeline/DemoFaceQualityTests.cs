using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Tests.Testing;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>The quality floors against the 22 faces of the demo photos: real, mostly good, some turned.</summary>
[Trait("Kind", "unit")]
[Collection(FaceEngineCollection.Name)]
public sealed class DemoFaceQualityTests(FaceEngineFixture engine, ITestOutputHelper output)
{
    [Fact]
    public void Every_demo_face_but_the_profile_is_evidence_and_most_can_be_enrolled()
    {
        var floors = new FaceQualityOptions();
        var faces = TestAssets.DemoImageNames
            .SelectMany(p => engine.Analyzer.Analyze(TestImages.Demo(p), withDescriptors: false).Select((f, i) => (Name: $"{p}#{i}", f.Quality)))
            .ToList();
        foreach (var (name, q) in faces)
        {
            output.WriteLine($"{name}: {q.InterOcularPixels:F0} px, sharpness {q.Sharpness:F0}, yaw {q.Pose.Yaw:F0}, pitch {q.Pose.Pitch:F0}, roll {q.Pose.Roll:F0}, score {q.DetectorScore:F2}: {floors.Enrolment.Check(q)?.Message ?? "enrolable"}");
        }

        Assert.Equal(22, faces.Count);
        // sample2's face at x 361 is a clear profile (face-api: 93° of yaw).
        var profile = faces.Single(f => f.Name.StartsWith("sample2.jpg", StringComparison.Ordinal) && Math.Abs(f.Quality.Pose.Yaw) > 45);
        Assert.Equal(QualityReason.TooTurned, floors.Evidence.Check(profile.Quality)?.Reason);
        Assert.All(faces.Where(f => f != profile), f => Assert.True(floors.Evidence.Admits(f.Quality), $"{f.Name}: {floors.Evidence.Check(f.Quality)?.Message}"));
        Assert.InRange(faces.Count(f => floors.Enrolment.Admits(f.Quality)), 15, 21);
    }
}
