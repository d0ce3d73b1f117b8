using System.Net.Http.Headers;
using FaceClassifier.Api.Upload;
using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.AspNetCore.Http;

namespace FaceClassifier.Tests.Api;

/// <summary>The streaming multipart reader on its own, over a real local blob store.</summary>
[Trait("Kind", "unit")]
public sealed class UploadFormReaderTests : IDisposable
{
    private readonly string _root = TestAssets.TempDirectory();
    private readonly LocalBlobStore _blobs;

    public UploadFormReaderTests() => _blobs = new LocalBlobStore(new DataDirectory(_root));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_file_goes_to_the_given_key_whatever_the_client_calls_it_and_fields_are_trimmed()
    {
        byte[] video = [.. Enumerable.Range(0, 200_000).Select(i => (byte)(i % 253))];
        var form = Http.Form(("name", "  Ann  "), ("email", "ann@example.com "), ("ignored", "x"), ("webhook_url", "https://hooks.example.com/a"))
            .WithFile("file", video, "../../../../etc/passwd");
        var key = BlobKeys.Video(Guid.NewGuid());

        var (read, error) = await ReadAsync(form, key, maxBytes: video.Length);

        Assert.Null(error);
        Assert.Equal(new UploadForm("Ann", "ann@example.com", "https://hooks.example.com/a", video.Length), read);
        Assert.Equal(video, await File.ReadAllBytesAsync(await _blobs.GetLocalPathAsync(key)));
        Assert.Equal([Path.Combine(_root, "blobs", key)], Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task One_byte_over_the_cap_is_refused_and_nothing_is_kept()
    {
        var form = Http.Form(("name", "Ann")).WithFile("file", new byte[1001]);
        var (read, error) = await ReadAsync(form, BlobKeys.Video(Guid.NewGuid()), maxBytes: 1000);
        Assert.Null(read);
        Assert.Equal("file is larger than the maximum of 1000 bytes", error);
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Overlong_fields_duplicate_files_and_other_bodies_are_refused()
    {
        var key = BlobKeys.Video(Guid.NewGuid());
        Assert.Equal("name is too long", (await ReadAsync(Http.Form(("name", new string('a', 4097))), key, 10)).Error);
        Assert.Null((await ReadAsync(Http.Form(("name", new string('a', 4096))), key, 10)).Error);
        Assert.Equal("only one file may be uploaded", (await ReadAsync(Http.Form().WithFile("file", [1]).WithFile("file", [2]), key, 10)).Error);

        var json = new StringContent("{}");
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Equal("the request must be multipart/form-data", (await ReadAsync(json, key, 10)).Error);
    }

    private async Task<(UploadForm? Form, string? Error)> ReadAsync(HttpContent content, string key, long maxBytes)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = content.Headers.ContentType!.ToString();
        context.Request.Body = new MemoryStream(await content.ReadAsByteArrayAsync());
        return await UploadFormReader.ReadAsync(context.Request, _blobs, key, maxBytes, CancellationToken.None);
    }
}
