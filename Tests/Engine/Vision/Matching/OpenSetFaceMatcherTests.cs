using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using Microsoft.Extensions.Options;
using static FaceClassifier.Tests.Engine.Vision.SyntheticDescriptors;

namespace FaceClassifier.Tests.Engine.Vision.Matching;

[Trait("Kind", "unit")]
public class OpenSetFaceMatcherTests
{
    private static readonly FaceMatcherOptions Defaults = new();
    private readonly OpenSetFaceMatcher _matcher = new(Options.Create(Defaults));

    [Fact]
    public void An_empty_gallery_names_nobody()
    {
        var match = Decide(TestGallery.Empty, Person(1));

        Assert.False(match.IsKnown);
        Assert.Null(match.Name);
        Assert.Equal(OpenSetFaceMatcher.NoMatchDistance, match.Distance);
        Assert.Equal(0, match.Confidence);
    }

    [Fact]
    public void One_photo_names_the_nearest_of_several_people_with_its_margin()
    {
        var gallery = FivePeople();
        var query = Sighting(3, 7);
        var distances = Enumerable.Range(1, 5).ToDictionary(p => p, p => Math.Min(Distance(query, Sighting(p, 1)), Distance(query, Sighting(p, 2))));

        var match = Decide(gallery, query);

        Assert.Equal(("p3", "Person 3"), (match.PersonId, match.Name));
        Assert.Equal(distances[3], match.Distance, 5);
        Assert.Equal(distances.Where(d => d.Key != 3).Min(d => d.Value) - distances[3], match.Margin!.Value, 5);
        Assert.Equal((1, 1), (match.SupportingFrames, match.Frames));
        Assert.Equal(MatchConfidence.FromDistance(distances[3], OpenSetThreshold.For(Defaults, 10)), match.Confidence, 5);
    }

    [Fact]
    public void A_stranger_is_unknown_but_keeps_the_nearest_distance()
    {
        var gallery = TestGallery.Of(("p1", "One", Person(1)), ("p2", "Two", Person(2)));
        var stranger = Person(9);

        var match = Decide(gallery, stranger);

        Assert.False(match.IsKnown);
        Assert.Equal(Math.Min(Distance(stranger, Person(1)), Distance(stranger, Person(2))), match.Distance, 5);
        Assert.True(match.Confidence < 0.5f);
    }

    [Fact]
    public void A_fixed_threshold_is_a_strict_boundary()
    {
        var matcher = new OpenSetFaceMatcher(Options.Create(new FaceMatcherOptions { Threshold = 0.6f }));
        var enrolled = Person(2);
        enrolled[5] = 0;
        var gallery = TestGallery.Of(("p2", "Two", enrolled));

        var at = matcher.Decide([gallery.Candidates(Shifted(enrolled, 0.6f, axis: 5))]);
        var below = matcher.Decide([gallery.Candidates(Shifted(enrolled, MathF.BitDecrement(0.6f), axis: 5))]);

        Assert.False(at.IsKnown);
        Assert.Equal(0.5f, at.Confidence, 6);
        Assert.Equal("p2", below.PersonId);
        Assert.Null(below.Margin);
    }

    [Fact]
    public void Two_people_at_almost_the_same_distance_name_neither()
    {
        // A face halfway between two enrolled people is under the threshold for both, so closeness alone would name one.
        var (a, b) = (Person(1), Person(2));
        var halfway = a.Zip(b, (x, y) => (x + y) / 2).ToArray();
        var gallery = TestGallery.Of(("p1", "One", a), ("p2", "Two", b));

        var match = Decide(gallery, Shifted(halfway, 0.01f));

        Assert.True(match.Distance < OpenSetThreshold.For(Defaults, 2), $"distance {match.Distance}");
        Assert.InRange(match.Margin!.Value, 0, Defaults.Margin);
        Assert.False(match.IsKnown);
    }

    [Fact]
    public void A_track_with_one_close_frame_and_many_far_ones_is_not_named()
    {
        var gallery = FivePeople();
        float[][] frames = [Sighting(3, 20), Person(30), Person(31), Person(32), Person(33)];

        var match = _matcher.Decide([.. frames.Select(gallery.Candidates)]);

        Assert.True(_matcher.Decide([gallery.Candidates(frames[0])]).IsKnown);
        Assert.False(match.IsKnown);
        Assert.Equal(5, match.Frames);
    }

    [Fact]
    public void A_track_is_named_when_most_of_its_good_frames_agree()
    {
        var gallery = FivePeople();
        float[][] frames = [Sighting(3, 20), Sighting(3, 21), Person(30), Sighting(3, 22), Sighting(3, 23)];

        var match = _matcher.Decide([.. frames.Select(gallery.Candidates)]);

        Assert.Equal("p3", match.PersonId);
        Assert.Equal((4, 5), (match.SupportingFrames, match.Frames));
        var medianOfFrames = frames.Select(f => gallery.Candidates(f)).Select(c => c.Best!.Value.PersonId == "p3" ? c.Best.Value.Distance : float.PositiveInfinity).Order().ElementAt(2);
        Assert.Equal(medianOfFrames, match.Distance, 5);
    }

    [Fact]
    public void Two_good_frames_must_both_support_the_name()
    {
        var gallery = FivePeople();

        var split = _matcher.Decide([gallery.Candidates(Sighting(3, 20)), gallery.Candidates(Person(30))]);
        var agreed = _matcher.Decide([gallery.Candidates(Sighting(3, 20)), gallery.Candidates(Sighting(3, 21))]);

        Assert.False(split.IsKnown);
        Assert.Equal(("p3", 2), (agreed.PersonId, agreed.SupportingFrames));
    }

    [Fact]
    public void Descriptors_of_another_length_are_rejected()
    {
        var gallery = TestGallery.Of(("p1", "One", Person(1)));

        Assert.Throws<ArgumentException>(() => Decide(gallery, new float[64]));
    }

    private FaceMatch Decide(IGallerySearch gallery, float[] query) => _matcher.Decide([gallery.Candidates(query)]);

    private static IGallerySearch FivePeople() => TestGallery.Of([.. Enumerable.Range(1, 5)
        .SelectMany(p => new[] { ($"p{p}", $"Person {p}", Sighting(p, 1)), ($"p{p}", $"Person {p}", Sighting(p, 2)) })]);
}
