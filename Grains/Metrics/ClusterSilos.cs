namespace FaceClassifier.Metrics;

/// <summary>The cluster's membership as the metrics need it.</summary>
public interface IClusterSilos
{
    /// <summary>Silos whose membership status is Active.</summary>
    int ActiveCount { get; }

    /// <summary>True when this silo is the oldest active one: the single silo that publishes cluster-wide lines.</summary>
    bool LocalIsOldestActive { get; }
}

/// <summary>Reads Orleans' membership snapshot, which every silo keeps current without calls.</summary>
public sealed class OrleansClusterSilos(IClusterMembershipService membership, ILocalSiloDetails local) : IClusterSilos
{
    public int ActiveCount => Active().Count();

    // The generation is the silo's start time; the address breaks ties, so every silo picks the same one.
    public bool LocalIsOldestActive =>
        Active().OrderBy(s => s.Generation).ThenBy(s => s.ToParsableString(), StringComparer.Ordinal).FirstOrDefault() is { } oldest
        && oldest.Equals(local.SiloAddress);

    private IEnumerable<SiloAddress> Active() =>
        membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress);
}
