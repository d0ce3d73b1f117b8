using System.Diagnostics.CodeAnalysis;
using System.Text;
using MimeKit;

namespace FaceClassifier.Notifications.Email;

/// <summary>Turns an <see cref="EmailMessage"/> into a MIME message, and MIME messages to and from .eml text.</summary>
internal static class EmailMime
{
    public const string JobHeader = "X-FaceClassifier-Job";

    /// <summary>The MIME message; it has no To when the recipient is not a valid address (the caller checks first).</summary>
    public static MimeMessage Create(EmailMessage message, SmtpOptions options, Guid jobId, DateTimeOffset date)
    {
        var mime = new MimeMessage { Subject = SingleLine(message.Subject), Date = date };
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        if (TryParseRecipient(message.ToAddress, out var to))
        {
            to.Name = message.ToName is null ? null : SingleLine(message.ToName);
            mime.To.Add(to);
        }
        mime.Headers.Add(JobHeader, jobId.ToString("D"));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var image in message.Images ?? [])
        {
            body.LinkedResources.Add($"{image.ContentId}.jpg", image.Jpeg, new ContentType("image", "jpeg")).ContentId = image.ContentId;
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>True when the address is a single plain mail address with a domain.</summary>
    public static bool TryParseRecipient(string address, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        if (!MailboxAddress.TryParse(address, out var parsed) || string.IsNullOrEmpty(parsed.Domain)
            || !string.Equals(parsed.Address, address.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        mailbox = parsed;
        return true;
    }

    public static string ToEml(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static MimeMessage FromEml(string eml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(eml));
        return MimeMessage.Load(stream);
    }

    private static string SingleLine(string value) => value.ReplaceLineEndings(" ").Trim();
}
