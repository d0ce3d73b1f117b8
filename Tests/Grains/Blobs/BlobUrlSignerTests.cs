using System.Web;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaceClassifier.Tests.Grains.Blobs;

[Trait("Kind", "unit")]
public sealed class BlobUrlSignerTests : IDisposable
{
    private readonly string _root = TestAssets.TempDirectory();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 5, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_link_is_valid_until_its_expiry_and_expired_from_then_on()
    {
        var signer = Create();
        var (key, expires, sig) = Parse(signer.CreateUrl(new Uri("http://host:1/"), "frames/abc/classified.jpg", TimeSpan.FromMinutes(10)));
        Assert.Equal("frames/abc/classified.jpg", key);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds(), expires);

        Assert.Equal(SignedUrlCheck.Valid, signer.Check(key, expires, sig));
        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(SignedUrlCheck.Valid, signer.Check(key, expires, sig));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SignedUrlCheck.Expired, signer.Check(key, expires, sig));
    }

    [Fact]
    public void Changing_the_key_the_expiry_or_the_signature_invalidates_the_link()
    {
        var signer = Create();
        var (key, expires, sig) = Parse(signer.CreateUrl(new Uri("http://host/"), "videos/abc/video"));
        Assert.Equal(SignedUrlCheck.Invalid, signer.Check("videos/abd/video", expires, sig));
        Assert.Equal(SignedUrlCheck.Invalid, signer.Check(key, expires + 3600, sig));
        Assert.Equal(SignedUrlCheck.Invalid, signer.Check(key, expires, sig[..^2] + "AA"));
        Assert.Equal(SignedUrlCheck.Invalid, signer.Check(key, expires, null));
        Assert.Equal(SignedUrlCheck.Invalid, signer.Check("../videos/abc/video", expires, sig));
    }

    [Fact]
    public void The_generated_key_is_kept_so_links_survive_a_restart_and_other_folders_do_not_accept_them()
    {
        var url = Create().CreateUrl(new Uri("http://host/"), "videos/abc/video");
        var (key, expires, sig) = Parse(url);
        Assert.Equal(SignedUrlCheck.Valid, Create().Check(key, expires, sig));

        var otherRoot = TestAssets.TempDirectory();
        try
        {
            var other = new BlobUrlSigner(Options.Create(new SignedUrlOptions()), new DataDirectory(otherRoot), _clock);
            Assert.Equal(SignedUrlCheck.Invalid, other.Check(key, expires, sig));
        }
        finally
        {
            Directory.Delete(otherRoot, recursive: true);
        }
    }

    private BlobUrlSigner Create() => new(Options.Create(new SignedUrlOptions()), new DataDirectory(_root), _clock);

    private static (string Key, long Expires, string Sig) Parse(string url)
    {
        var uri = new Uri(url);
        Assert.StartsWith(BlobUrlSigner.RoutePrefix, uri.AbsolutePath);
        var query = HttpUtility.ParseQueryString(uri.Query);
        return (uri.AbsolutePath[BlobUrlSigner.RoutePrefix.Length..], long.Parse(query["expires"]!), query["sig"]!);
    }
}
