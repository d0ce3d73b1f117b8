using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FaceClassifier.Notifications.Email;

/// <summary>Writes each mail as <c>&lt;utc-time&gt;-&lt;id&gt;.eml</c> into the outbox folder: the embedded default without SMTP.</summary>
public sealed partial class OutboxEmailSender(
    IOptions<NotificationStorageOptions> options, TimeProvider timeProvider, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    private readonly string _directory = Path.GetFullPath(options.Value.OutboxDirectory);

    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var name = $"{timeProvider.GetUtcNow():yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}.eml";
        using var stream = new MemoryStream();
        await message.WriteToAsync(stream, cancellationToken);
        await AtomicFile.WriteAllBytesAsync(Path.Combine(_directory, name), stream.GetBuffer().AsMemory(0, (int)stream.Length), cancellationToken);
        LogWritten(logger, name, _directory);
    }
}
