using FaceClassifier.Gallery.Imports;

namespace FaceClassifier.Tests.Grains.Gallery.Imports;

[Trait("Kind", "unit")]
public sealed class ImportedPersonIdsTests
{
    [Fact]
    public void Ids_are_rfc_version_5_uuids()
    {
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"), ImportedPersonIds.For(dns, "www.example.com"));
    }

    [Fact]
    public void The_same_import_and_folder_always_give_the_same_id_and_anything_else_another()
    {
        var import = Guid.NewGuid();
        var ann = ImportedPersonIds.For(import, "Ann");

        Assert.Equal(ann, ImportedPersonIds.For(import, "Ann"));
        Assert.NotEqual(ann, ImportedPersonIds.For(import, "ann"));
        Assert.NotEqual(ann, ImportedPersonIds.For(import, "Ann "));
        Assert.NotEqual(ann, ImportedPersonIds.For(Guid.NewGuid(), "Ann"));
        Assert.Equal(5, ann.Version);
    }
}
