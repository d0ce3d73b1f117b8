using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using Microsoft.Extensions.Options;
using static FaceClassifier.Tests.Engine.Vision.SyntheticDescriptors;

namespace FaceClassifier.Tests.Engine.Vision.Matching;

[Trait("Kind", "unit")]
public class EuclideanFaceMatcherTests
{
    private readonly EuclideanFaceMatcher _matcher = new(Options.Create(new FaceMatcherOptions()));

    [Fact]
    public void Empty_gallery_is_unknown_with_no_confidence()
    {
        var match = _matcher.Decide(TestGallery.Empty.Candidates(Person(1)));

        Assert.False(match.IsKnown);
        Assert.Null(match.Name);
        Assert.Equal(EuclideanFaceMatcher.NoMatchDistance, match.Distance);
        Assert.Equal(0, match.Confidence);
    }

    [Fact]
    public void Finds_the_nearest_of_several_people()
    {
        var gallery = Enumerable.Range(1, 5)
            .SelectMany(p => new[] { ($"p{p}", $"Person {p}", Sighting(p, 1)), ($"p{p}", $"Person {p}", Sighting(p, 2)) })
            .ToList();
        var query = Sighting(3, 7);
        var expected = Math.Min(Distance(query, Sighting(3, 1)), Distance(query, Sighting(3, 2)));

        var match = _matcher.Decide(TestGallery.Of([.. gallery]).Candidates(query));

        Assert.Equal("p3", match.PersonId);
        Assert.Equal("Person 3", match.Name);
        Assert.Equal(expected, match.Distance, 5);
        Assert.Equal(MatchConfidence.FromDistance(expected, 0.6f), match.Confidence, 5);
        Assert.True(match.Distance is > 0.3f and < 0.6f, $"a sighting of the same person, {match.Distance}");
    }

    [Fact]
    public void The_threshold_itself_is_unknown_and_just_below_it_is_known()
    {
        var enrolled = Person(2);
        enrolled[5] = 0;
        var gallery = new[] { ("p2", "Two", enrolled) };

        var at = _matcher.Decide(TestGallery.Of(gallery).Candidates(Shifted(enrolled, 0.6f, axis: 5)));
        var below = _matcher.Decide(TestGallery.Of(gallery).Candidates(Shifted(enrolled, MathF.BitDecrement(0.6f), axis: 5)));

        Assert.Equal(0.6f, at.Distance);
        Assert.False(at.IsKnown);
        Assert.Equal(0.5f, at.Confidence, 6);
        Assert.Equal("p2", below.PersonId);
        Assert.Equal(MathF.BitDecrement(0.6f), below.Distance);
    }

    [Fact]
    public void A_stranger_is_unknown_but_keeps_the_nearest_distance()
    {
        var gallery = new[] { ("p1", "One", Person(1)), ("p2", "Two", Person(2)) };
        var stranger = Person(9);
        var nearest = Math.Min(Distance(stranger, Person(1)), Distance(stranger, Person(2)));

        var match = _matcher.Decide(TestGallery.Of(gallery).Candidates(stranger));

        Assert.False(match.IsKnown);
        Assert.Equal(nearest, match.Distance, 5);
        Assert.True(nearest > 0.7f, $"strangers are far apart, {nearest}");
        Assert.True(match.Confidence < 0.5f);
    }

    [Fact]
    public void A_custom_threshold_moves_the_boundary()
    {
        var strict = new EuclideanFaceMatcher(Options.Create(new FaceMatcherOptions { Threshold = 0.4f }));
        var enrolled = Person(4);
        var gallery = new[] { ("p4", "Four", enrolled) };

        Assert.False(strict.Decide(TestGallery.Of(gallery).Candidates(Shifted(enrolled, 0.45f))).IsKnown);
        Assert.True(_matcher.Decide(TestGallery.Of(gallery).Candidates(Shifted(enrolled, 0.45f))).IsKnown);
    }

    [Fact]
    public void Descriptors_of_another_length_are_rejected()
    {
        var gallery = new[] { ("p1", "One", Person(1)) };

        Assert.Throws<ArgumentException>(() => _matcher.Decide(TestGallery.Of(gallery).Candidates(new float[64])));
    }
}
