using System.Diagnostics.Metrics;

namespace FaceClassifier.Notifications;

/// <summary>Counters for notifications: delivered, retried attempts and dead letters, tagged by kind.</summary>
public sealed class NotificationInstruments
{
    /// <summary>The meter's name, for exporters and listeners.</summary>
    public const string MeterName = "FaceClassifier.Notifications";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _deadLettered;

    /// <summary>Creates the instruments on a meter from the host's factory.</summary>
    public NotificationInstruments(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _sent = meter.CreateCounter<long>(
            "faceclassifier.notifications.sent", "{notification}", "Notifications delivered, replays included.");
        _retried = meter.CreateCounter<long>(
            "faceclassifier.notifications.retried", "{attempt}", "Failed attempts that were followed by another attempt.");
        _deadLettered = meter.CreateCounter<long>(
            "faceclassifier.notifications.dead_lettered", "{notification}", "Notifications moved to the dead-letter store.");
    }

    internal void Sent(NotificationKind kind) => _sent.Add(1, Tag(kind));

    internal void Retried(NotificationKind kind) => _retried.Add(1, Tag(kind));

    internal void DeadLettered(NotificationKind kind) => _deadLettered.Add(1, Tag(kind));

    private static KeyValuePair<string, object?> Tag(NotificationKind kind) =>
        new("kind", kind == NotificationKind.Email ? "email" : "webhook");
}
