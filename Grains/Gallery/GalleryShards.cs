using System.Buffers.Binary;

namespace FaceClassifier.Gallery;

/// <summary>Which shard a person belongs to: a stable function of the person's id and the shard count.</summary>
public static class GalleryShards
{
    /// <summary>The shard of <paramref name="personId"/> among <paramref name="shards"/>; the same on every silo and every run.</summary>
    public static int Of(Guid personId, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shards);
        Span<byte> bytes = stackalloc byte[16];
        personId.TryWriteBytes(bytes, bigEndian: true, out _);

        // The last eight bytes of a version-4 id are random (bar the variant bits), so their value mod the count is uniform.
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]) % (ulong)shards);
    }
}
