using FaceClassifier.Notifications.Delivery;
using MailKit.Security;

namespace FaceClassifier.Notifications.Email;

/// <summary>Mail settings, section <c>Smtp</c>; with no <see cref="Host"/> mails go to the outbox folder.</summary>
public sealed class SmtpOptions : RetryingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Smtp";

    /// <summary>Creates the options with SMTP's slower per-attempt timeout.</summary>
    public SmtpOptions() => AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The SMTP server's host name; empty means "write .eml files to the outbox instead".</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP server's port: 587 for submission with STARTTLS, 465 for implicit TLS, 25 for relays.</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured; <c>Auto</c> uses TLS on 465 and STARTTLS elsewhere when offered.</summary>
    public SecureSocketOptions SecureSocket { get; set; } = SecureSocketOptions.Auto;

    /// <summary>User name for SMTP authentication; none means no authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Password for SMTP authentication; never logged.</summary>
    [Redact]
    public string? Password { get; set; }

    /// <summary>The sender's address.</summary>
    public string FromAddress { get; set; } = "faceclassifier@localhost";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "FaceClassifier";

    /// <summary>True when mails go to an SMTP server rather than the outbox folder.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
