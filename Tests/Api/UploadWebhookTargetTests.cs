using System.Text.Json;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Webhooks;
using FaceClassifier.Tests.Api.EndToEnd;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Notifications.Webhooks;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Api;

/// <summary>POST /api/upload with the product's default webhook policy: a webhook_url whose host is a literal internal
/// address is a 400 in every spelling; public literals and host names are taken with the job.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class UploadWebhookTargetTests(ApiFixture fixture)
{
    [Theory]
    [MemberData(nameof(WebhookTargetPolicyTests.InternalUrls), MemberType = typeof(WebhookTargetPolicyTests))]
    public async Task A_webhook_to_an_internal_address_is_refused(string url)
    {
        var form = Http.Form(("name", "Ann"), ("email", "ann@example.com"), ("webhook_url", url)).WithFile("file", new byte[4096]);

        var (status, body) = await fixture.Client.PostAsync("/api/upload", form).ReadAsync();

        Assert.Equal((400, Http.BadRequest(WebhookTargetPolicy.RefusedMessage)), (status, body));
    }

    [Theory]
    [InlineData("https://hooks.example.com/faces?token=abc")]
    [InlineData("http://93.184.215.14:8080/hook")]
    public async Task A_webhook_to_a_public_address_is_kept_with_the_job(string url)
    {
        var clip = Path.Combine(TestAssets.TempDirectory(), "clip.mp4");
        await ClipMaker.NoFaceClipAsync(0.5, clip);
        var form = Http.Form(("name", "Ann"), ("email", "ann@example.com"), ("webhook_url", url))
            .WithFile("file", await File.ReadAllBytesAsync(clip));

        var (status, body) = await fixture.Client.PostAsync("/api/upload", form).ReadAsync();

        Assert.True(status == 200, body);
        var id = Guid.Parse(JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!);
        Assert.Equal(url, (await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).GetAsync())!.WebhookUrl);
    }
}
