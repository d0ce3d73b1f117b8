using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Matching.Index;

namespace FaceClassifier.Tests.Engine.Vision;

/// <summary>In-process galleries for engine tests: the real index over the given (person, name, descriptor) rows.</summary>
public static class TestGallery
{
    public static IGallerySearch Empty => Of();

    public static IGallerySearch Of(params (string PersonId, string Name, float[] Descriptor)[] faces)
    {
        var index = new DescriptorIndex();
        foreach (var person in faces.GroupBy(f => f.PersonId))
        {
            index.Set(person.Key, person.First().Name, [.. person.Select(f => f.Descriptor)]);
        }

        return new IndexGallerySearch(index);
    }

    /// <summary>The gallery's two closest people to one descriptor.</summary>
    public static GalleryCandidates Candidates(this IGallerySearch gallery, float[] descriptor) =>
        gallery.SearchAsync([descriptor]).GetAwaiter().GetResult()[0];
}
