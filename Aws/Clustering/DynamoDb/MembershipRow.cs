using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>A <see cref="MembershipEntry"/> as stored: stable JSON, silo addresses in their parsable form, status by name.</summary>
internal sealed record MembershipRow(
    string SiloAddress,
    SiloStatus Status,
    IReadOnlyList<SuspectVote> SuspectTimes,
    int ProxyPort,
    string? HostName,
    string? SiloName,
    string? RoleName,
    int UpdateZone,
    int FaultZone,
    DateTime StartTime,
    DateTime IAmAliveTime)
{
    public static string Serialize(MembershipEntry entry) => JsonSerializer.Serialize(
        new MembershipRow(
            entry.SiloAddress.ToParsableString(),
            entry.Status,
            [.. (entry.SuspectTimes ?? []).Select(v => new SuspectVote(v.Item1.ToParsableString(), v.Item2))],
            entry.ProxyPort,
            entry.HostName,
            entry.SiloName,
            entry.RoleName,
            entry.UpdateZone,
            entry.FaultZone,
            entry.StartTime,
            entry.IAmAliveTime),
        MembershipJson.Default.MembershipRow);

    public static MembershipEntry Deserialize(string json)
    {
        var row = JsonSerializer.Deserialize(json, MembershipJson.Default.MembershipRow)
            ?? throw new InvalidDataException("A membership entry is stored as JSON null.");
        return new MembershipEntry
        {
            SiloAddress = Orleans.Runtime.SiloAddress.FromParsableString(row.SiloAddress),
            Status = row.Status,
            SuspectTimes = [.. row.SuspectTimes.Select(v => Tuple.Create(Orleans.Runtime.SiloAddress.FromParsableString(v.Silo), v.Time))],
            ProxyPort = row.ProxyPort,
            HostName = row.HostName!,
            SiloName = row.SiloName!,
            RoleName = row.RoleName!,
            UpdateZone = row.UpdateZone,
            FaultZone = row.FaultZone,
            StartTime = row.StartTime,
            IAmAliveTime = row.IAmAliveTime,
        };
    }
}

/// <summary>One silo's vote that another silo is dead.</summary>
internal sealed record SuspectVote(string Silo, DateTime Time);

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(MembershipRow))]
internal sealed partial class MembershipJson : JsonSerializerContext;
