using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Matching.Index;
using static FaceClassifier.Tests.Engine.Vision.SyntheticDescriptors;

namespace FaceClassifier.Tests.Engine.Vision.Matching.Index;

[Trait("Kind", "unit")]
public class DescriptorIndexTests
{
    private readonly DescriptorIndex _index = new();

    [Fact]
    public void An_empty_index_has_no_candidates()
    {
        Assert.Equal([GalleryCandidates.None, GalleryCandidates.None], _index.Match([Person(1), Person(2)]));
        Assert.Empty(_index.Match([]));
        Assert.Equal((0, 0), (_index.People, _index.Rows));
    }

    [Fact]
    public void A_one_person_index_has_a_best_and_no_second()
    {
        _index.Set("ann", "Ann", [Sighting(1, 1), Sighting(1, 2)]);
        var query = Sighting(1, 3);

        var match = Assert.Single(_index.Match([query]));

        Assert.Equal(new GalleryCandidate("ann", "Ann", MathF.Min(Exact(query, Sighting(1, 1)), Exact(query, Sighting(1, 2)))), match.Best);
        Assert.Null(match.Second);
    }

    [Fact]
    public void The_second_is_the_closest_other_person_however_many_rows_the_best_has()
    {
        _index.Set("ann", "Ann", [.. Enumerable.Range(1, 40).Select(s => Sighting(1, s))]);
        _index.Set("bob", "Bob", [Sighting(2, 1)]);
        _index.Set("cyd", "Cyd", [Sighting(3, 1)]);
        var query = Sighting(1, 99);

        var match = _index.Match([query])[0];

        Assert.Equal("ann", match.Best?.PersonId);
        var second = Exact(query, Sighting(2, 1)) < Exact(query, Sighting(3, 1)) ? "bob" : "cyd";
        Assert.Equal(second, match.Second?.PersonId);
        Assert.Equal(MathF.Min(Exact(query, Sighting(2, 1)), Exact(query, Sighting(3, 1))), match.Second?.Distance);
    }

    [Fact]
    public void Set_replace_rename_and_remove_reach_Match_at_once()
    {
        _index.Set("ann", "Ann", [Person(1)]);
        _index.Set("bob", "Bob", [Person(2)]);
        Assert.Equal(("ann", 0f), Best(Person(1)));

        _index.Set("ann", "Ann", [Person(3), Person(4)]);
        Assert.Equal(("bob", Exact(Person(1), Person(2))), Best(Person(1)));
        Assert.Equal(("ann", 0f), Best(Person(4)));

        Assert.True(_index.Rename("ann", "Ann Lee"));
        Assert.Equal("Ann Lee", _index.Match([Person(3)])[0].Best?.Name);

        Assert.True(_index.Remove("ann"));
        Assert.Equal(("bob", Exact(Person(3), Person(2))), Best(Person(3)));
        Assert.False(_index.Contains("ann"));
        Assert.False(_index.Remove("ann"));
        Assert.False(_index.Rename("ann", "Nobody"));

        _index.Set("bob", "Bob", []);
        Assert.Equal(GalleryCandidates.None, _index.Match([Person(2)])[0]);
        Assert.Equal((0, 0), (_index.People, _index.Rows));
    }

    [Fact]
    public void Rows_freed_by_a_removal_or_a_smaller_replacement_are_reused()
    {
        _index.Set("ann", "Ann", [.. Enumerable.Range(1, 5).Select(s => Sighting(1, s))]);
        _index.Set("bob", "Bob", [.. Enumerable.Range(1, 5).Select(s => Sighting(2, s))]);
        _index.Set("cyd", "Cyd", [.. Enumerable.Range(1, 5).Select(s => Sighting(3, s))]);
        var bytes = _index.MatrixBytes;

        Assert.True(_index.Remove("ann"));
        _index.Set("bob", "Bob", [Sighting(2, 1)]);
        Assert.Equal(6, _index.Rows);
        _index.Set("dee", "Dee", [.. Enumerable.Range(1, 9).Select(s => Sighting(4, s))]);

        Assert.Equal(15, _index.Rows);
        Assert.Equal(bytes, _index.MatrixBytes);
        Assert.Equal(["bob", "cyd", "dee"], new[] { Sighting(2, 1), Sighting(3, 4), Sighting(4, 9) }.Select(q => Best(q).Id));
        Assert.Equal(0f, Best(Sighting(3, 4)).Distance);
    }

    [Fact]
    public void Growth_keeps_the_spare_capacity_small()
    {
        var index = new DescriptorIndex(dimension: 8);
        for (var p = 0; p < 5000; p++)
        {
            index.Set($"p{p}", "", [.. Enumerable.Range(0, 10).Select(i => new float[] { p, i, 0, 0, 0, 0, 0, 0 })]);
        }

        // Per row: the float32 values, their 8-bit copy, and norm, owner, scale and error.
        var perRow = 8 * sizeof(float) + 8 + 4 * sizeof(float);
        Assert.Equal(50_000, index.Rows);
        Assert.InRange(index.Capacity, 50_000, 50_000 + 50_000 / 8);
        Assert.Equal((long)index.Capacity * perRow, index.MatrixBytes);
    }

    [Fact]
    public void Ties_go_to_the_smaller_id_whatever_the_order_of_enrolment()
    {
        foreach (var id in new[] { "p3", "p1", "p4", "p2" })
        {
            _index.Set(id, id.ToUpperInvariant(), [Person(7)]);
        }

        var match = _index.Match([Person(7), Sighting(7, 1)]);

        Assert.All(match, m => Assert.Equal(("p1", "p2"), (m.Best?.PersonId, m.Second?.PersonId)));
        Assert.Equal(0f, match[0].Best?.Distance);
        Assert.Equal(match[1].Best?.Distance, match[1].Second?.Distance);
    }

    [Fact]
    public void A_descriptor_of_another_dimension_is_rejected_with_the_dimensions_named()
    {
        _index.Set("ann", "Ann", [Person(1)]);

        var set = Assert.Throws<ArgumentException>(() => _index.Set("bob", "Bob", [Person(2), new float[64]]));
        var match = Assert.Throws<ArgumentException>(() => _index.Match([new float[129]]));

        Assert.Equal("descriptors", set.ParamName);
        Assert.Contains("64", set.Message);
        Assert.Contains("128", set.Message);
        Assert.Equal("queries", match.ParamName);
        Assert.False(_index.Contains("bob"));
        Assert.Equal(1, _index.Rows);
    }

    [Fact]
    public void A_descriptor_with_a_NaN_is_rejected()
    {
        var bad = Person(1);
        bad[3] = float.NaN;

        Assert.Throws<ArgumentException>(() => _index.Set("ann", "Ann", [bad]));
        Assert.Throws<ArgumentException>(() => _index.Match([bad]));
    }

    private (string? Id, float? Distance) Best(float[] query) =>
        _index.Match([query])[0].Best is { } best ? (best.PersonId, best.Distance) : (null, null);

    private static float Exact(float[] a, float[] b) => DescriptorMath.Distance(a, b);
}
