using System.Net;
using System.Threading.Channels;
using FaceClassifier.Tests.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Tests.Notifications.Support;

/// <summary>One POST the receiver got: raw body, headers, and when it came on the test clock.</summary>
internal sealed record ReceivedWebhook(int Number, byte[] Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ReceivedAt);

/// <summary>A real Kestrel server on 127.0.0.1 with a free port that records webhook POSTs and answers
/// as the test says: <see cref="Respond"/> gets the 1-based request number.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private int _count;

    private WebhookReceiver(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
        app.MapPost("/hooks/{name}", HandleAsync);
    }

    public Uri Url { get; private set; } = null!;

    public int Count => Volatile.Read(ref _count);

    public Func<int, HttpContext, Task> Respond { get; set; } = (_, _) => Task.CompletedTask;

    public static async Task<WebhookReceiver> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build(), clock);
        await receiver._app.StartAsync();
        receiver.Url = new Uri(new Uri(receiver._app.Urls.Single()), "/hooks/job-done?token=abc");
        return receiver;
    }

    /// <summary>Answers every request with this status.</summary>
    public void AlwaysAnswer(HttpStatusCode status) => Respond = (_, context) =>
    {
        context.Response.StatusCode = (int)status;
        return Task.CompletedTask;
    };

    /// <summary>The next request received, in order.</summary>
    public async Task<ReceivedWebhook> NextAsync()
    {
        using var deadline = new CancellationTokenSource(Poll.DefaultTimeout);
        return await _received.Reader.ReadAsync(deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var number = Interlocked.Increment(ref _count);
        _received.Writer.TryWrite(new ReceivedWebhook(number, body.ToArray(), headers, _clock.GetUtcNow()));
        await Respond(number, context);
    }
}
