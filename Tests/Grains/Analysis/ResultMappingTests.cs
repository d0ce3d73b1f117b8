using System.Text.Json;
using FaceClassifier.Analysis;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace FaceClassifier.Tests.Grains.Analysis;

/// <summary>Face ids and segments reach the job's result, survive grain calls and storage, and read as JSON.</summary>
[Trait("Kind", "unit")]
public sealed class ResultMappingTests
{
    private static readonly FaceBox Box = new(10, 20, 30, 40);

    [Fact]
    public void Face_ids_and_segments_in_seconds_reach_the_result()
    {
        var summary = new VideoFaceSummary(
            [new PersonAppearance("p1", "Ann", 0.9f, 0.3f, null, 2, S(5), S(105), 40, S(6), Box) { FaceId = "f2", Segments = [new(S(5), S(12.00049)), new(S(90), S(105))] }],
            [new UnknownFace("unknown person 1", 4, S(1), S(2.5), S(2), Box) { FaceId = "f1", Segments = [new(S(1), S(2.5))] }]);

        var result = ResultMapping.ToResult(summary, [], S(120));

        var person = Assert.Single(result.People);
        Assert.Equal("f2", person.FaceId);
        Assert.Equal([new(5, 12), new(90, 105)], person.Segments);
        var unknown = Assert.Single(result.UnknownFaces);
        Assert.Equal("f1", unknown.FaceId);
        Assert.Equal([new(1, 2.5)], unknown.Segments);
    }

    [Fact]
    public void Segments_survive_orleans_serialization()
    {
        var serializer = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(JobResult).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>();
        var person = new PersonResult("p1", "Ann", 0.9, 5, 105, 40, 6) { FaceId = "f2", Segments = [new(5, 12), new(90, 105)] };

        var copy = serializer.Deserialize<PersonResult>(serializer.SerializeToArray(person));

        Assert.Equal("f2", copy!.FaceId);
        Assert.Equal(person.Segments, copy.Segments);
    }

    [Fact]
    public void A_result_without_segments_writes_an_empty_list_not_null()
    {
        var json = JsonSerializer.Serialize(new UnknownFaceResult("unknown person 1", 4, 1, 2.5), JobJson.Options);

        Assert.Equal("""{"label":"unknown person 1","appearances":4,"first_seen_s":1,"last_seen_s":2.5,"face_id":"","segments":[],"thumbnail_url":null}""", json);
    }

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);
}
