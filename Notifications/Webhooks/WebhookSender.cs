using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>POSTs webhooks signed with HMAC-SHA256, one attempt per call, each bounded by <c>AttemptTimeout</c>.</summary>
public sealed partial class WebhookSender(
    IHttpClientFactory httpClientFactory, IOptions<WebhookOptions> options, TimeProvider timeProvider,
    ILogger<WebhookSender> logger) : IWebhookSender
{
    private readonly WebhookOptions _options = options.Value;

    /// <inheritdoc />
    public async Task SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken = default)
    {
        if (!WebhookOptionsValidator.IsHttpUrl(delivery.Url))
        {
            throw new ArgumentException($"Webhook URL must be an absolute http or https URL (scheme '{delivery.Url.Scheme}').", nameof(delivery));
        }
        var body = Encoding.UTF8.GetBytes(delivery.Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookHeaders.Delivery, delivery.DeliveryId.ToString("D"));
        request.Headers.Add(WebhookHeaders.Job, delivery.JobId.ToString("D"));
        request.Headers.Add(WebhookHeaders.Timestamp,
            timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(_options.Secret))
        {
            request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(_options.Secret, body));
        }
        else
        {
            LogUnsigned(logger, delivery.JobId);
        }

        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var client = httpClientFactory.CreateClient(WebhookOptions.HttpClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new WebhookDeliveryException(response.StatusCode, response.ReasonPhrase, RetryAfter(response));
            }
            LogDelivered(logger, delivery.JobId, delivery.Url.Authority, (int)response.StatusCode);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Receiver did not answer within {_options.AttemptTimeout}.");
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
