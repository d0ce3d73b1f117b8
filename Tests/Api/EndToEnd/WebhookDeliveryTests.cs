using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Webhooks;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api.EndToEnd;

/// <summary>
/// Webhooks through the real notification channel (retries, HMAC signature, dead letters) against a local
/// receiver; the analysis stage is scripted. These need the merged notification branch.
/// </summary>
[Trait("Kind", "integration")]
[Trait("Requires", "Engine")]
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(2);
    private readonly ApiFactory _factory = new(realNotifications: true);
    private readonly ConcurrentQueue<(string Signature, string Body)> _calls = new();
    private WebApplication _receiver = null!;
    private int _failuresLeft;
    private string _hookUrl = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _receiver = builder.Build();
        _receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            _calls.Enqueue((request.Headers["X-FaceClassifier-Signature"].ToString(), await reader.ReadToEndAsync()));
            return Interlocked.Decrement(ref _failuresLeft) >= 0 ? Results.StatusCode(500) : Results.Ok();
        });
        await _receiver.StartAsync();
        var address = _receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _hookUrl = $"{address}/hook";
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_signed_final_state_on_the_third_try()
    {
        _failuresLeft = 2;
        var id = Guid.NewGuid();
        await _factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id, webhook: _hookUrl));

        var done = await WaitForWebhookAsync(id);
        Assert.Equal(WebhookState.Delivered, done.Webhook);
        Assert.Equal(3, _calls.Count);
        Assert.All(_calls, c => Assert.True(WebhookSignature.Verify(ApiFactory.WebhookSecret, Encoding.UTF8.GetBytes(c.Body), c.Signature), $"bad signature '{c.Signature}'"));
        using var body = JsonDocument.Parse(_calls.Last().Body);
        Assert.Contains(id.ToString(), body.RootElement.GetRawText());
        Assert.Contains("\"completed\"", body.RootElement.GetRawText());
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_ends_in_the_dead_letters_and_replays()
    {
        _failuresLeft = int.MaxValue;
        var id = Guid.NewGuid();
        await _factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id, webhook: _hookUrl));
        Assert.Equal(WebhookState.Failed, (await WaitForWebhookAsync(id)).Webhook);

        using var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);
        var (status, list) = await http.GetAsync("/api/admin/dead-letters").ReadAsync();
        Assert.Equal(200, status);
        using var letters = JsonDocument.Parse(list);
        var letter = Assert.Single(letters.RootElement.GetProperty("data").EnumerateArray(), l => l.GetProperty("job_id").GetString() == id.ToString());
        Assert.Equal("webhook", letter.GetProperty("kind").GetString());

        _failuresLeft = 0;
        var calls = _calls.Count;
        var (replayStatus, replay) = await http.PostAsync($"/api/admin/dead-letters/{letter.GetProperty("id").GetString()}/replay", null).ReadAsync();
        Assert.Equal(200, replayStatus);
        Assert.Contains("\"result\":\"delivered\"", replay);
        Assert.Equal(calls + 1, _calls.Count);
    }

    private Task<JobSnapshot> WaitForWebhookAsync(Guid id) => Poll.UntilAsync(
        async () => await _factory.Grains.GetGrain<IClassificationJob>(id).GetAsync() is { Webhook: WebhookState.Delivered or WebhookState.Failed } s ? s : null,
        "the webhook to be delivered or dead-lettered",
        DeliveryTimeout);
}
