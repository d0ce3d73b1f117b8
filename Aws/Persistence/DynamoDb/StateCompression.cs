using System.IO.Compression;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>Brotli for grain states and payloads, which must fit in a 400 KB DynamoDB item.</summary>
internal static class StateCompression
{
    public static MemoryStream Compress(ReadOnlyMemory<byte> data)
    {
        var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(data.Span);
        }

        output.Position = 0;
        return output;
    }

    public static byte[] Decompress(MemoryStream compressed)
    {
        compressed.Position = 0;
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress, leaveOpen: true);
        using var output = new MemoryStream();
        brotli.CopyTo(output);
        return output.ToArray();
    }
}
