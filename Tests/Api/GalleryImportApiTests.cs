using System.Text;
using System.Text.Json;
using FaceClassifier.Gallery.Imports;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Api;

/// <summary>POST /api/people/import and GET /api/people/imports/{id} over the real engine and gallery.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class GalleryImportApiTests(ApiFixture fixture)
{
    private readonly HttpClient _http = fixture.Client;

    [Theory]
    [InlineData("zip")]
    [InlineData("tar")]
    public async Task An_archive_is_accepted_imported_in_the_background_and_reported(string format)
    {
        var archive = format == "zip"
            ? TestArchives.Zip([("Ada Example/face.jpg", TestFacePhotos.Face(1, 1)), ("Ada Example/notes.txt", Encoding.UTF8.GetBytes("hi"))])
            : TestArchives.Tar([("Ada Example/face.jpg", TestFacePhotos.Face(1, 1)), ("Ada Example/notes.txt", Encoding.UTF8.GetBytes("hi"))]);

        using var response = await _http.SendAsync(Import(Http.Form().WithFile("archive", archive, "people.bin")));

        Assert.Equal(202, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        Assert.Equal($$"""{"status":{"code":202,"message":"accepted"},"id":"{{id}}"}""", body);
        Assert.Equal($"/api/people/imports/{id}", response.Headers.Location?.ToString());

        var finished = await Poll.UntilAsync(
            async () =>
            {
                var (status, json) = await _http.GetAsync($"/api/people/imports/{id}").ReadAsync();
                Assert.Equal(200, status);
                var root = JsonDocument.Parse(json).RootElement;
                Assert.Equal(id, root.GetProperty("id").GetString());
                return root.GetProperty("data").GetProperty("status").GetString() is "done" or "failed" ? root.GetProperty("data").GetRawText() : null;
            },
            "the import to finish",
            TimeSpan.FromMinutes(2));

        var data = JsonDocument.Parse(finished).RootElement;
        var person = ImportedPersonIds.For(Guid.Parse(id), "Ada Example");
        Assert.Equal(["status", "progress", "people", "refused", "refused_count", "error", "created_at", "completed_at"], Http.Names(data));
        Assert.Equal("done", data.GetProperty("status").GetString());
        Assert.Equal("""{"photos_done":2,"photos_total":2}""", data.GetProperty("progress").GetRawText());
        Assert.Equal($$"""[{"person_id":"{{person}}","name":"Ada Example"}]""", data.GetProperty("people").GetRawText());
        Assert.Equal("""[{"path":"Ada Example/notes.txt","reason":"not an image file"}]""", data.GetProperty("refused").GetRawText());

        var (got, personJson) = await _http.GetAsync($"/api/people/{person}").ReadAsync();
        Assert.Equal(200, got);
        Assert.Contains("\"name\":\"Ada Example\"", personJson);
    }

    [Fact]
    public async Task Bodies_that_are_not_one_archive_are_refused_and_leave_nothing_stored()
    {
        Assert.Equal((400, Http.BadRequest("archive is required")), await SendAsync(Http.Form(("name", "x"))));
        Assert.Equal((400, Http.BadRequest("archive is empty")), await SendAsync(Http.Form().WithFile("archive", [])));
        Assert.Equal((400, Http.BadRequest("archive is neither a zip nor a tar file")),
            await SendAsync(Http.Form().WithFile("archive", Encoding.UTF8.GetBytes("just some text, named like an archive"), "people.zip")));
        Assert.Equal((400, Http.BadRequest("archive is neither a zip nor a tar file")), await SendAsync(Http.Form().WithFile("archive", TestFacePhotos.Faceless(), "a.tar")));
        Assert.Equal((400, Http.BadRequest("only one archive may be uploaded")),
            await SendAsync(Http.Form().WithFile("archive", TestArchives.Zip([("a/b.jpg", [1])])).WithFile("archive", TestArchives.Zip([("a/b.jpg", [1])]))));
        Assert.Equal((400, Http.BadRequest("archive is larger than the maximum of 1 MB")),
            await SendAsync(Http.Form().WithFile("archive", TestArchives.Zip([("a/b.bin", RandomBytes((int)ApiFactory.MaxImportBytes + 1))]))));
        Assert.Equal((400, Http.BadRequest("the request must be multipart/form-data")), await SendAsync(new StringContent("{}", Encoding.UTF8, "application/json")));

        var imports = Path.Combine(fixture.Factory.DataDirectory, "blobs", "imports");
        Assert.True(!Directory.Exists(imports) || Directory.GetFiles(imports, "*", SearchOption.AllDirectories).Length == 0);
    }

    [Fact]
    public async Task The_import_needs_the_key_and_its_progress_needs_a_known_id()
    {
        var form = () => Http.Form().WithFile("archive", TestArchives.Zip([("a/b.jpg", [1])]));
        Assert.Equal((401, Http.Unauthorized("the X-Api-Key header is required")), await _http.PostAsync("/api/people/import", form()).ReadAsync());
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/people/import") { Content = form() };
        wrong.Headers.Add("X-Api-Key", "not-the-key");
        Assert.Equal((401, Http.Unauthorized("the X-Api-Key header is not valid")), await _http.SendAsync(wrong).ReadAsync());

        var unknown = Guid.NewGuid();
        Assert.Equal((404, Http.NotFound($"no import with id {unknown}")), await _http.GetAsync($"/api/people/imports/{unknown}").ReadAsync());
        Assert.Equal((400, Http.BadRequest("id is not a valid id (expected a UUID)")), await _http.GetAsync("/api/people/imports/latest").ReadAsync());
    }

    private static HttpRequestMessage Import(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/people/import") { Content = content };
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        return request;
    }

    private Task<(int Status, string Body)> SendAsync(HttpContent content) => _http.SendAsync(Import(content)).ReadAsync();

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(11).NextBytes(bytes);
        return bytes;
    }
}
