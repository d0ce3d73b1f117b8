using FaceClassifier.Jobs;
using FaceClassifier.Learning;

namespace FaceClassifier.Tests.Grains.Learning;

[Trait("Kind", "unit")]
public sealed class UnknownLabelsTests
{
    [Fact]
    public void A_face_made_unknown_gets_one_past_the_highest_label_in_use()
    {
        UnknownFaceResult Face(string label) => new(label, 1, 0, 1);

        Assert.Equal("unknown person 1", UnknownLabels.Next([]));
        Assert.Equal("unknown person 8", UnknownLabels.Next([Face("unknown person 2"), Face("unknown person 7"), Face("someone")]));
    }

    [Fact]
    public void Face_ids_sort_by_their_number()
    {
        Assert.Equal(["f1", "f2", "f10", "x"], new[] { "f10", "x", "f2", "f1" }.Order(FaceIdOrder.Instance));
    }
}
