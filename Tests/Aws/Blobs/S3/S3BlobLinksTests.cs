using System.Web;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Blobs.S3;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws.Blobs.S3;

/// <summary>
/// Presigned GET links. fauxqs checks neither signatures nor expiry, so expiry is asserted on the X-Amz-Expires
/// parameter that S3 enforces (waiting for a 1-second link to be refused would never end against fauxqs).
/// </summary>
[Trait("Kind", "integration")]
public sealed class S3BlobLinksTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task A_presigned_link_fetches_the_bytes_with_no_credentials()
    {
        using var bed = new S3TestBed(aws, o => o.KeyPrefix = "links/");
        var content = S3TestBed.RandomBytes(50_000, seed: 12);
        var key = BlobKeys.ClassifiedFrame(Guid.NewGuid());
        await bed.NewStore().WriteAsync(key, new MemoryStream(content), long.MaxValue);

        var link = new Uri(bed.NewLinks().CreateUrl(new Uri("http://api.example/"), key));

        Assert.Equal($"{aws.S3Url}/{bed.Bucket}/links/{key}", link.GetLeftPart(UriPartial.Path));
        using var http = new HttpClient();
        using var response = await http.GetAsync(link);
        response.EnsureSuccessStatusCode();
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void Links_expire_after_the_configured_lifetimes()
    {
        using var bed = new S3TestBed(aws);
        var links = bed.NewLinks(new SignedUrlOptions { Lifetime = TimeSpan.FromSeconds(90), MailLifetime = TimeSpan.FromDays(2) });
        var key = BlobKeys.Video(Guid.NewGuid());

        var api = HttpUtility.ParseQueryString(new Uri(links.CreateUrl(new Uri("http://api.example/"), key)).Query);
        var mail = HttpUtility.ParseQueryString(new Uri(links.CreateMailUrl(key)).Query);

        Assert.Equal("90", api["X-Amz-Expires"]);
        Assert.Equal("172800", mail["X-Amz-Expires"]);
        Assert.Equal("AWS4-HMAC-SHA256", api["X-Amz-Algorithm"]);
        Assert.Matches("^[0-9a-f]{64}$", api["X-Amz-Signature"]);
    }

    [Fact]
    public void Default_lifetimes_are_an_hour_for_answers_and_seven_days_for_mail()
    {
        using var bed = new S3TestBed(aws);
        var links = bed.NewLinks();
        var key = BlobKeys.Video(Guid.NewGuid());

        Assert.Equal("3600", HttpUtility.ParseQueryString(new Uri(links.CreateUrl(new Uri("http://api.example/"), key)).Query)["X-Amz-Expires"]);
        Assert.Equal("604800", HttpUtility.ParseQueryString(new Uri(links.CreateMailUrl(key)).Query)["X-Amz-Expires"]);
    }

    [Fact]
    public void Links_use_https_without_an_endpoint_override()
    {
        using var bed = new S3TestBed(aws);
        // Presigning is computed locally: this client never sends a request.
        using var s3 = AwsClientFactory.CreateS3(new AwsOptions());
        var links = new S3BlobLinks(s3, Options.Create(bed.Storage), Options.Create(new SignedUrlOptions()), Options.Create(new AwsOptions()));

        var link = new Uri(links.CreateMailUrl(BlobKeys.Video(Guid.NewGuid())));

        Assert.Equal("https", link.Scheme);
        Assert.Contains(bed.Bucket, link.AbsoluteUri);
    }
}
