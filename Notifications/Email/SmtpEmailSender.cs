using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FaceClassifier.Notifications.Email;

/// <summary>Sends each mail over its own SMTP connection with MailKit.</summary>
public sealed partial class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    private readonly SmtpOptions _options = options.Value;
    private readonly string _host = string.IsNullOrWhiteSpace(options.Value.Host)
        ? throw new InvalidOperationException("Smtp:Host is not set; without it mails go to the outbox folder.")
        : options.Value.Host;

    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        // One connection per mail: notifications are rare, and a fresh connection never inherits a broken one.
        using var client = new SmtpClient { Timeout = (int)_options.AttemptTimeout.TotalMilliseconds };
        await client.ConnectAsync(_host, _options.Port, _options.SecureSocket, cancellationToken);
        if (!string.IsNullOrWhiteSpace(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken);
        }
        var response = await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        LogSent(logger, _host, _options.Port, message.MessageId ?? "(none)", response);
    }
}
