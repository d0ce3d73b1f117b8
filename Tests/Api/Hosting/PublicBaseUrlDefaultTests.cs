using FaceClassifier.Api.Hosting;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FaceClassifier.Tests.Api.Hosting;

/// <summary>Links in mails follow the address the API listens on, unless SignedUrls:PublicBaseUrl is set.</summary>
public sealed class PublicBaseUrlDefaultTests
{
    [Theory]
    [Trait("Kind", "unit")]
    [InlineData("http://127.0.0.1:18081", "http://127.0.0.1:18081")]
    [InlineData("http://127.0.0.1:18081/;https://127.0.0.1:18443", "http://127.0.0.1:18081")]
    [InlineData(" https://faces.example.com ", "https://faces.example.com")]
    [InlineData("http://0.0.0.0:8080", "http://box-7:8080")]
    [InlineData("http://*:8080", "http://box-7:8080")]
    [InlineData("http://+:80", "http://box-7")]
    [InlineData("http://[::]:9000", "http://box-7:9000")]
    [InlineData("http://[::1]:9000", "http://[::1]:9000")]
    [InlineData("", "http://127.0.0.1:8080")]
    public void The_first_listening_url_is_the_base_with_wildcards_named(string urls, string expected) =>
        Assert.Equal(expected, PublicBaseUrlDefault.FromListeningUrls(urls, "box-7"));

    [Theory]
    [Trait("Kind", "integration")]
    [InlineData(null, "http://127.0.0.1:18081")]
    [InlineData("https://faces.example.com", "https://faces.example.com")]
    public async Task A_job_mail_links_the_job_page_where_the_service_is_reached(string? publicBaseUrl, string expectedBase)
    {
        await using var factory = new ApiFactory(realNotifications: true);
        await using var started = factory.WithWebHostBuilder(web =>
        {
            web.UseSetting(ApiWebApplicationBuilderExtensions.UrlsVariable, "http://127.0.0.1:18081");
            if (publicBaseUrl is not null)
            {
                web.UseSetting("SignedUrls:PublicBaseUrl", publicBaseUrl);
            }
        });
        var grains = started.Services.GetRequiredService<IGrainFactory>();
        var id = Guid.NewGuid();

        await grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await TestJobs.WaitForDoneAsync(grains, id);

        Assert.Equal(expectedBase, started.Services.GetRequiredService<IOptions<SignedUrlOptions>>().Value.PublicBaseUrl);
        using var mail = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(Path.Combine(factory.DataDirectory, "outbox"))));
        Assert.Contains($"Job page: {expectedBase}/jobs/{id}\n", mail.TextBody);
    }
}
