using System.Net.Http.Json;
using FaceClassifier.Tests.Api.Support;

namespace FaceClassifier.Tests.Api;

/// <summary>Every 400 of POST /api/upload that is decided before the video is probed, byte for byte.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class UploadValidationTests(ApiFixture fixture)
{
    private static readonly byte[] SomeBytes = [.. Enumerable.Range(0, 4096).Select(i => (byte)i)];

    public static TheoryData<string, string?, string?, string?, int?> BadForms => new()
    {
        // name, email, webhook_url, file size (null: no file part) -> the message is in the test below.
        { "file is required", "Ann", "ann@example.com", null, null },
        { "file is empty", "Ann", "ann@example.com", null, 0 },
        { "file is larger than the maximum of 64 KB", "Ann", "ann@example.com", null, (64 << 10) + 1 },
        { "name is required", null, "ann@example.com", null, 4096 },
        { "name is required", "   ", "ann@example.com", null, 4096 },
        { "name must be 1 to 200 characters", new string('n', 201), "ann@example.com", null, 4096 },
        { "name must not contain control characters", "Ann\r\nBcc: x@example.test", "ann@example.com", null, 4096 },
        { "email is required", "Ann", null, null, 4096 },
        { "email is not a valid email address", "Ann", "not-an-email", null, 4096 },
        { "email is not a valid email address", "Ann", "ann@localhost", null, 4096 },
        { "email is not a valid email address", "Ann", "ann smith@example.com", null, 4096 },
        { "email is not a valid email address", "Ann", "Ann <ann@example.com>", null, 4096 },
        { "email is not a valid email address", "Ann", "ann@example.com\r\nBcc: x@example.test", null, 4096 },
        { "webhook_url must be an absolute http or https URL", "Ann", "ann@example.com", "ftp://example.com/hook", 4096 },
        { "webhook_url must be an absolute http or https URL", "Ann", "ann@example.com", "/relative/hook", 4096 },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task A_bad_form_gets_its_400_and_leaves_no_file_behind(string error, string? name, string? email, string? webhook, int? fileBytes)
    {
        var fields = new List<(string, string)>();
        if (name is not null)
        {
            fields.Add(("name", name));
        }

        if (email is not null)
        {
            fields.Add(("email", email));
        }

        if (webhook is not null)
        {
            fields.Add(("webhook_url", webhook));
        }

        var form = Http.Form([.. fields]);
        if (fileBytes is { } size)
        {
            form.WithFile("file", [.. Enumerable.Range(0, size).Select(i => (byte)i)]);
        }

        var before = StoredVideos();
        var (status, body) = await fixture.Client.PostAsync("/api/upload", form).ReadAsync();
        Assert.Equal((400, Http.BadRequest(error)), (status, body));
        Assert.Equal(before, StoredVideos());
    }

    private string[] StoredVideos()
    {
        var videos = Path.Combine(fixture.Factory.DataDirectory, "blobs", "videos");
        return Directory.Exists(videos) ? [.. Directory.GetFileSystemEntries(videos, "*", SearchOption.AllDirectories).Order()] : [];
    }

    [Fact]
    public async Task The_trailing_slash_route_is_the_same_endpoint()
    {
        var form = Http.Form(("name", "Ann"), ("email", "bad")).WithFile("file", SomeBytes);
        var (status, body) = await fixture.Client.PostAsync("/api/upload/", form).ReadAsync();
        Assert.Equal((400, Http.BadRequest("email is not a valid email address")), (status, body));
    }

    [Fact]
    public async Task A_request_that_is_not_a_multipart_form_is_refused()
    {
        var (status, body) = await fixture.Client.PostAsJsonAsync("/api/upload", new { name = "Ann" }).ReadAsync();
        Assert.Equal((400, Http.BadRequest("the request must be multipart/form-data")), (status, body));
    }

    [Fact]
    public async Task A_form_with_more_parts_than_any_client_sends_is_refused()
    {
        var form = Http.Form([.. Enumerable.Range(0, 20).Select(i => ($"extra{i}", "x"))]);

        var (status, body) = await fixture.Client.PostAsync("/api/upload", form).ReadAsync();

        Assert.Equal((400, Http.BadRequest("the form must have at most 16 parts")), (status, body));
    }

    [Fact]
    public async Task A_form_part_without_a_content_disposition_is_a_400_on_the_engine_endpoints_too()
    {
        var content = new StringContent("--x\r\nContent-Type: text/plain\r\n\r\nhello\r\n--x--\r\n");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var (status, body) = await fixture.Client.PostAsync("/api/faces/detect", content).ReadAsync();

        Assert.Equal((400, Http.BadRequest("the multipart body could not be read")), (status, body));
    }

    [Fact]
    public async Task Two_files_are_refused()
    {
        var form = Http.Form(("name", "Ann"), ("email", "ann@example.com")).WithFile("file", SomeBytes).WithFile("file", SomeBytes);
        var (status, body) = await fixture.Client.PostAsync("/api/upload", form).ReadAsync();
        Assert.Equal((400, Http.BadRequest("only one file may be uploaded")), (status, body));
    }
}
