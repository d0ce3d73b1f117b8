using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace FaceClassifier.Gallery.Storage;

/// <summary>The limits of one stored person and the binary form both stores keep the descriptors in.</summary>
public static class GalleryRecords
{
    /// <summary>No stored record is larger than this (DynamoDB allows 400 KB; 100 photos of 128 floats are 51,200 bytes).</summary>
    public const int MaxBytes = 100 * 1024;

    /// <summary>The most descriptors (photos) one person holds, as Rekognition's user vectors allow.</summary>
    public const int MaxDescriptorsPerPerson = 100;

    /// <summary>The descriptors as little-endian float32, row after row (all rows have the same length).</summary>
    public static byte[] EncodeDescriptors(IReadOnlyList<float[]> descriptors)
    {
        var dimension = descriptors.Count == 0 ? 0 : descriptors[0].Length;
        var bytes = new byte[descriptors.Count * dimension * sizeof(float)];
        for (var i = 0; i < descriptors.Count; i++)
        {
            if (descriptors[i].Length != dimension)
            {
                throw new ArgumentException($"Descriptor lengths differ: {dimension} and {descriptors[i].Length}.", nameof(descriptors));
            }

            var row = bytes.AsSpan(i * dimension * sizeof(float), dimension * sizeof(float));
            if (BitConverter.IsLittleEndian)
            {
                MemoryMarshal.AsBytes(descriptors[i].AsSpan()).CopyTo(row);
            }
            else
            {
                for (var j = 0; j < dimension; j++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(row[(j * sizeof(float))..], descriptors[i][j]);
                }
            }
        }

        return bytes;
    }

    /// <summary>The inverse of <see cref="EncodeDescriptors"/> for rows of <paramref name="dimension"/> floats.</summary>
    public static float[][] DecodeDescriptors(ReadOnlySpan<byte> bytes, int dimension)
    {
        var rowBytes = dimension * sizeof(float);
        if (dimension <= 0 || bytes.Length % rowBytes != 0)
        {
            throw new InvalidDataException($"{bytes.Length} bytes are not whole descriptors of {dimension} floats.");
        }

        var rows = new float[bytes.Length / rowBytes][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new float[dimension];
            for (var j = 0; j < dimension; j++)
            {
                rows[i][j] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * rowBytes + j * sizeof(float))..]);
            }
        }

        return rows;
    }

    /// <summary>Throws <see cref="GalleryRecordTooLargeException"/> when a record of <paramref name="bytes"/> is over the limit.</summary>
    public static void EnsureWithinLimit(string personId, long bytes)
    {
        if (bytes > MaxBytes)
        {
            throw new GalleryRecordTooLargeException(personId, bytes);
        }
    }
}
