using System.Globalization;

namespace FaceClassifier.Jobs.Index;

/// <summary>Where a job sits in the list: its creation time (UTC ticks), then its id; larger is newer.</summary>
public readonly record struct JobIndexPosition(long CreatedTicks, Guid JobId)
{
    private const int TicksDigits = 19;

    /// <summary>"{ticks, 19 digits}-{id, 32 hex digits}": ordinal order of these strings is the order of the positions.</summary>
    public string SortKey => $"{CreatedTicks.ToString("D19", CultureInfo.InvariantCulture)}-{JobId:N}";

    public static bool TryParse(string? sortKey, out JobIndexPosition position)
    {
        position = default;
        if (sortKey is not { Length: TicksDigits + 1 + 32 } || sortKey[TicksDigits] != '-'
            || !long.TryParse(sortKey.AsSpan(0, TicksDigits), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !Guid.TryParseExact(sortKey.AsSpan(TicksDigits + 1), "N", out var id))
        {
            return false;
        }

        position = new JobIndexPosition(ticks, id);
        return true;
    }
}
