using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace FaceClassifier.Metrics;

/// <summary>
/// Meter names are process-wide, so a meter provider would also collect another host's meters of the same name (two
/// silos in one process, as in the tests) and mix their values; a meter made by a host's factory is kept only when
/// it is this host's. Meters made without a factory (Orleans' own) are kept.
/// </summary>
public static class HostMeters
{
    /// <summary>A view that drops the instruments of meters other hosts' factories made.</summary>
    public static Func<Instrument, MetricStreamConfiguration?> OnlyFrom(IMeterFactory meterFactory) =>
        instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, meterFactory) ? null : MetricStreamConfiguration.Drop;
}
