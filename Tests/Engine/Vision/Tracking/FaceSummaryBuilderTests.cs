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

        var summary = await _builder.BuildAsync(chunks, TestGallery.Empty, Interval);

        Assert.Empty(summary.People);
        var unknown = Assert.Single(summary.Unknown);
        Assert.Equivalent(new UnknownFace("unknown person 1", 9, S(8), S(12), S(11), Box(20)) { FaceId = "f1", Segments = [new(S(8), S(12))] }, unknown with { Evidence = [] }, strict: true);

        // The good frames it was decided on, the better track's first: what is stored to match later galleries with.
        Assert.Equal([.. chunks[1].Tracks[0].Evidence, .. chunks[0].Tracks[0].Evidence], unknown.Evidence);
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

        var summary = await _builder.BuildAsync(chunks, TestGallery.Of(("p1", "Ada", enrolled), ("p2", "Bob", Person(2))), Interval);

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

        var summary = await _builder.BuildAsync([Chunk(0, poor)], TestGallery.Of(("p1", "Ada", enrolled)), Interval);

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

        var strangers = await _builder.BuildAsync([Chunk(0, lucky)], gallery, Interval);
        var known = await _builder.BuildAsync([Chunk(0, steady)], gallery, Interval);

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

        var summary = await _builder.BuildAsync(chunks, TestGallery.Empty, Interval);

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

        var summary = await _builder.BuildAsync([Chunk(0, Track(1, 1, 2, 2, a1)), Chunk(10, Track(1, 11, 12, 2, a2))], TestGallery.Empty, Interval);

        Assert.Equal((4, S(1), S(12)), (Assert.Single(summary.Unknown).Appearances, summary.Unknown[0].FirstSeen, summary.Unknown[0].LastSeen));
    }

    [Fact]
    public async Task Look_alikes_seen_together_stay_apart_but_a_re_appearance_joins()
    {
        var chunk = Chunk(0, Track(1, 1, 4, 6, Sighting(5, 1)), Track(2, 2, 3, 3, Sighting(5, 2)), Track(3, 7, 8, 2, Shifted(Sighting(5, 1), 0.1f)));

        var summary = await _builder.BuildAsync([chunk], TestGallery.Empty, Interval);

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

        var summary = await _builder.BuildAsync(chunks, TestGallery.Of(gallery), Interval);
        var reversed = await _builder.BuildAsync([.. chunks.Reverse()], TestGallery.Of(gallery), Interval);

        Assert.Equal([("p2", 7, S(4), S(13)), ("p1", 3, S(10), S(11))], summary.People.Select(p => (p.PersonId, p.Appearances, p.FirstSeen, p.LastSeen)));
        Assert.Equal([("unknown person 1", 5, S(1)), ("unknown person 2", 4, S(7))], summary.Unknown.Select(u => (u.Label, u.Appearances, u.FirstSeen)));
        Assert.Equal(["f2", "f4"], summary.People.Select(p => p.FaceId));
        Assert.Equal(["f1", "f3"], summary.Unknown.Select(u => u.FaceId));
        Assert.Equivalent(summary.People, reversed.People, strict: true);
        Assert.Equivalent(summary.Unknown, reversed.Unknown, strict: true);
    }

    [Fact]
    public async Task A_person_seen_twice_gets_two_segments_and_keeps_first_and_last_seen()
    {
        var enrolled = Person(1);
        var chunks = new[]
        {
            Chunk(0, Track(1, 5, 9.5, 10, Shifted(enrolled, 0.2f))),
            Chunk(10, Track(1, 10, 12, 5, Shifted(enrolled, 0.2f, axis: 2))),
            Chunk(90, Track(1, 90, 99, 19, Shifted(enrolled, 0.2f, axis: 3))),
            Chunk(100, Track(1, 100, 105, 11, Shifted(enrolled, 0.2f, axis: 4))),
        };

        var summary = await _builder.BuildAsync(chunks, TestGallery.Of(("p1", "Ada", enrolled)), Interval);

        var person = Assert.Single(summary.People);
        Assert.Equal((S(5), S(105)), (person.FirstSeen, person.LastSeen));
        Assert.Equal([new(S(5), S(12)), new(S(90), S(105))], person.Segments);
    }

    [Theory]
    [InlineData(2, 1.0, 1)]
    [InlineData(2, 1.5, 2)]
    [InlineData(4, 1.5, 1)]
    [InlineData(0, 0.5, 2)]
    public async Task Gaps_up_to_the_tolerance_are_bridged_and_longer_ones_split(double gapIntervals, double gapSeconds, int segments)
    {
        var builder = new FaceSummaryBuilder(
            new OpenSetFaceMatcher(Options.Create(new FaceMatcherOptions())),
            Options.Create(new FaceMatcherOptions()),
            Options.Create(new FaceSummaryOptions { SegmentGapIntervals = gapIntervals }));
        var chunk = Chunk(0, Track(1, 1, 3, 5, Sighting(6, 1)), Track(2, 3 + gapSeconds, 6, 5, Sighting(6, 2)));

        var summary = await builder.BuildAsync([chunk], TestGallery.Empty, Interval);

        var face = Assert.Single(summary.Unknown);
        Assert.Equal(segments, face.Segments.Count);
        Assert.Equal((S(1), S(6)), (face.Segments[0].Start, face.Segments[^1].End));
    }

    [Fact]
    public async Task Overlapping_sightings_of_one_person_in_two_chunks_give_one_segment()
    {
        var chunks = new[] { Chunk(0, Track(1, 2, 10, 17, Sighting(6, 1))), Chunk(10, Track(1, 9.5, 11, 4, Sighting(6, 2))) };

        var summary = await _builder.BuildAsync(chunks, TestGallery.Empty, Interval);

        Assert.Equal([new TimeSegment(S(2), S(11))], Assert.Single(summary.Unknown).Segments);
    }

    [Fact]
    public async Task A_person_and_an_unknown_face_first_seen_together_number_the_person_first()
    {
        var enrolled = Person(1);
        var chunk = Chunk(0, Track(1, 3, 4, 3, Sighting(9, 1)), Track(2, 3, 5, 5, Shifted(enrolled, 0.2f)), Track(3, 1, 2, 3, Sighting(8, 1)));

        var summary = await _builder.BuildAsync([chunk], TestGallery.Of(("p1", "Ada", enrolled)), Interval);

        Assert.Equal([("p1", "f2")], summary.People.Select(p => (p.PersonId, p.FaceId)));
        Assert.Equal([("unknown person 1", "f1"), ("unknown person 2", "f3")], summary.Unknown.Select(u => (u.Label, u.FaceId)));
    }

    /// <summary>Sampling at 2 frames per second, the default.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(0.5);

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static FaceBox Box(float x) => new(x, 50, 80, 80);

    /// <summary>A track whose descriptor is also its one good frame (none when the descriptor is empty).</summary>
    private static TrackSummary Track(int id, double first, double last, int appearances, float[] descriptor, float quality = 0.5f, float x = 0) =>
        new(id, S(first), S(last), appearances, S((first + last) / 2), Box(x), quality, descriptor) { Evidence = descriptor.Length == 0 ? [] : [descriptor] };

    private static ChunkAnalysis Chunk(double start, params TrackSummary[] tracks) =>
        new(S(start), S(start + 10), 20, tracks.Sum(t => t.Appearances), tracks);
}
