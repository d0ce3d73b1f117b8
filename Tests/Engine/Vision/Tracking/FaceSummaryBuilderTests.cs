using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Tracking;
using Microsoft.Extensions.Options;
using static FaceClassifier.Tests.Engine.Vision.SyntheticDescriptors;

namespace FaceClassifier.Tests.Engine.Vision.Tracking;

[Trait("Kind", "unit")]
public class FaceSummaryBuilderTests
{
    private readonly FaceSummaryBuilder _builder = new(
        new OpenSetFaceMatcher(Options.Create(new FaceMatcherOptions())),
        Options.Create(new FaceMatcherOptions()),
        Options.Create(new FaceSummaryOptions()));

    [Fact]
    public async Task A_person_split_across_two_chunks_is_joined()
    {
        var chunks = new[]
        {
            Chunk(0, Track(1, 8, 9.5, 4, Sighting(1, 1), quality: 0.4f, x: 10)),
            Chunk(10, Track(1, 10, 12, 5, Sighting(1, 2), quality: 0.7f, x: 20)),
        };

        var summary = await _builder.BuildAsync(chunks, TestGallery.Empty);

        Assert.Empty(summary.People);
        var unknown = Assert.Single(summary.Unknown);
        Assert.Equal(new UnknownFace("unknown person 1", 9, S(8), S(12), S(11), Box(20)), unknown);
    }

    [Fact]
    public async Task A_gallery_person_is_found_with_the_confidence_of_the_match()
    {
        var enrolled = Person(1);
        var chunks = new[]
        {
            Chunk(0, Track(1, 8, 9.5, 4, Shifted(enrolled, 0.3f, axis: 3), quality: 0.4f, x: 10)),
            Chunk(10, Track(1, 10, 12, 5, Shifted(enrolled, 0.3f, axis: 3), quality: 0.7f, x: 20)),
        };

        var summary = await _builder.BuildAsync(chunks, TestGallery.Of(("p1", "Ada", enrolled), ("p2", "Bob", Person(2))));

        Assert.Empty(summary.Unknown);
        var person = Assert.Single(summary.People);
        Assert.Equal(("p1", "Ada", 9, S(8), S(12), S(11), Box(20)), (person.PersonId, person.Name, person.Appearances, person.FirstSeen, person.LastSeen, person.BestFrameTime, person.BestBox));
        Assert.Equal(0.3f, person.Distance, 5);
        Assert.Equal(MatchConfidence.FromDistance(0.3f, OpenSetThreshold.For(new FaceMatcherOptions(), comparisons: 2)), person.Confidence, 5);
        Assert.Equal(2, person.SupportingFrames);
        Assert.Equal(Distance(Shifted(enrolled, 0.3f, axis: 3), Person(2)) - 0.3f, person.Margin!.Value, 4);
    }

    [Fact]
    public async Task A_track_without_a_good_frame_is_never_named()
    {
        var enrolled = Person(1);
        var poor = Track(1, 1, 3, 5, Shifted(enrolled, 0.1f)) with { Evidence = [] };

        var summary = await _builder.BuildAsync([Chunk(0, poor)], TestGallery.Of(("p1", "Ada", enrolled)));

        Assert.Empty(summary.People);
        Assert.Equal(5, Assert.Single(summary.Unknown).Appearances);
    }

    [Fact]
    public async Task A_track_with_one_close_frame_and_many_far_ones_is_an_unknown_face()
    {
        var enrolled = Person(1);
        var gallery = TestGallery.Of(("p1", "Ada", enrolled), ("p2", "Bob", Person(2)));
        var lucky = Track(1, 1, 5, 9, Sighting(8, 1)) with { Evidence = [Shifted(enrolled, 0.2f), Sighting(8, 1), Sighting(8, 2), Sighting(8, 3)] };
        var steady = Track(1, 1, 5, 9, Sighting(8, 1)) with { Evidence = [Shifted(enrolled, 0.2f), Shifted(enrolled, 0.3f, axis: 2), Sighting(8, 2), Shifted(enrolled, 0.25f, axis: 4)] };

        var strangers = await _builder.BuildAsync([Chunk(0, lucky)], gallery);
        var known = await _builder.BuildAsync([Chunk(0, steady)], gallery);

        Assert.Empty(strangers.People);
        Assert.Single(strangers.Unknown);
        Assert.Equal(("p1", 3), (Assert.Single(known.People).PersonId, known.People[0].SupportingFrames));
    }

    [Fact]
    public async Task Two_unknown_people_get_two_labels_in_first_seen_order()
    {
        var chunks = new[]
        {
            Chunk(0, Track(1, 5, 6, 3, Sighting(2, 1)), Track(2, 2, 3, 2, Sighting(3, 1))),
            Chunk(10, Track(1, 12, 14, 5, Sighting(3, 2)), Track(2, 15, 16, 3, Sighting(2, 2)), Track(3, 18, 19, 3, Sighting(2, 3))),
        };

        var summary = await _builder.BuildAsync(chunks, TestGallery.Empty);

        Assert.Equal(
            [("unknown person 1", 7, S(2), S(14)), ("unknown person 2", 9, S(5), S(19))],
            summary.Unknown.Select(u => (u.Label, u.Appearances, u.FirstSeen, u.LastSeen)));
    }

    [Fact]
    public async Task Unknown_sightings_further_apart_than_the_join_distance_still_cluster_at_the_match_threshold()
    {
        var a1 = Sighting(4, 1, noise: 0.4f);
        var a2 = Sighting(4, 2, noise: 0.4f);
        var distance = Distance(a1, a2);
        Assert.InRange(distance, 0.5f, 0.6f);

        var summary = await _builder.BuildAsync([Chunk(0, Track(1, 1, 2, 2, a1)), Chunk(10, Track(1, 11, 12, 2, a2))], TestGallery.Empty);

        Assert.Equal((4, S(1), S(12)), (Assert.Single(summary.Unknown).Appearances, summary.Unknown[0].FirstSeen, summary.Unknown[0].LastSeen));
    }

    [Fact]
    public async Task Look_alikes_seen_together_stay_apart_but_a_re_appearance_joins()
    {
        var chunk = Chunk(0, Track(1, 1, 4, 6, Sighting(5, 1)), Track(2, 2, 3, 3, Sighting(5, 2)), Track(3, 7, 8, 2, Shifted(Sighting(5, 1), 0.1f)));

        var summary = await _builder.BuildAsync([chunk], TestGallery.Empty);

        Assert.Equal([("unknown person 1", 8), ("unknown person 2", 3)], summary.Unknown.Select(u => (u.Label, u.Appearances)));
    }

    [Fact]
    public async Task People_and_unknowns_together_in_a_deterministic_order()
    {
        var gallery = new[] { ("p1", "Ada", Person(1)), ("p2", "Bob", Person(2)), ("p3", "Cy", Person(3)) };
        var chunks = new[]
        {
            Chunk(0, Track(1, 4, 6, 5, Sighting(2, 1)), Track(2, 1, 2, 3, Sighting(7, 1)), Track(3, 7, 9, 4, [])),
            Chunk(10, Track(1, 10, 11, 3, Sighting(1, 1)), Track(2, 12, 13, 2, Sighting(2, 2)), Track(3, 15, 16, 2, Sighting(7, 2))),
        };

        var summary = await _builder.BuildAsync(chunks, TestGallery.Of(gallery));
        var reversed = await _builder.BuildAsync([.. chunks.Reverse()], TestGallery.Of(gallery));

        Assert.Equal([("p2", 7, S(4), S(13)), ("p1", 3, S(10), S(11))], summary.People.Select(p => (p.PersonId, p.Appearances, p.FirstSeen, p.LastSeen)));
        Assert.Equal([("unknown person 1", 5, S(1)), ("unknown person 2", 4, S(7))], summary.Unknown.Select(u => (u.Label, u.Appearances, u.FirstSeen)));
        Assert.Equal(summary.People, reversed.People);
        Assert.Equal(summary.Unknown, reversed.Unknown);
    }

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static FaceBox Box(float x) => new(x, 50, 80, 80);

    /// <summary>A track whose descriptor is also its one good frame (none when the descriptor is empty).</summary>
    private static TrackSummary Track(int id, double first, double last, int appearances, float[] descriptor, float quality = 0.5f, float x = 0) =>
        new(id, S(first), S(last), appearances, S((first + last) / 2), Box(x), quality, descriptor) { Evidence = descriptor.Length == 0 ? [] : [descriptor] };

    private static ChunkAnalysis Chunk(double start, params TrackSummary[] tracks) =>
        new(S(start), S(start + 10), 20, tracks.Sum(t => t.Appearances), tracks);
}
