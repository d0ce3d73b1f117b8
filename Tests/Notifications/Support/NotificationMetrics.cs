using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FaceClassifier.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Notifications.Support;

/// <summary>Sums the notification counters of one service provider, by instrument name and kind tag.</summary>
internal sealed class NotificationMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();

    public NotificationMetrics(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == NotificationInstruments.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var kind = tags.ToArray().Single(t => t.Key == "kind").Value;
            _totals.AddOrUpdate($"{instrument.Name}/{kind}", value, (_, total) => total + value);
        });
        _listener.Start();
    }

    /// <summary>E.g. <c>Total("sent", "webhook")</c> for faceclassifier.notifications.sent{kind=webhook}.</summary>
    public long Total(string counter, string kind) =>
        _totals.GetValueOrDefault($"faceclassifier.notifications.{counter}/{kind}");

    public void Dispose() => _listener.Dispose();
}
