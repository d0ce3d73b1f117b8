using MimeKit;

namespace FaceClassifier.Notifications.Email;

/// <summary>Hands one mail over for delivery in a single attempt; throws when that fails.</summary>
public interface IEmailSender
{
    /// <summary>Delivers the message once; retries are the caller's business.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
