using System.Buffers.Binary;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Imaging;

/// <summary>An image format this codec decodes, with the size its header declares.</summary>
internal readonly record struct ImageHeader(string Format, int Width, int Height)
{
    public const string SupportedFormats = "JPEG, PNG, BMP or WebP";

    /// <summary>Reads the declared size from the PNG IHDR, JPEG SOF, BMP info or WebP VP8/VP8L/VP8X header.</summary>
    public static ImageHeader Read(ReadOnlySpan<byte> data) => ImageFormats.Detect(data) switch
    {
        ImageFormats.Png => data.Length >= 24 && data.Slice(12, 4).SequenceEqual("IHDR"u8)
            ? Sized("PNG", BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]))
            : throw Corrupt("PNG"),
        ImageFormats.Jpeg => JpegFrameHeader.Read(data),
        ImageFormats.Bmp => BinaryPrimitives.ReadInt32LittleEndian(data[14..]) == 12
            ? Sized("BMP", BinaryPrimitives.ReadInt16LittleEndian(data[18..]), BinaryPrimitives.ReadInt16LittleEndian(data[20..]))
            : Sized("BMP", BinaryPrimitives.ReadInt32LittleEndian(data[18..]), Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(data[22..]))),
        ImageFormats.WebP => WebP(data),
        _ => throw new InvalidImageException($"the data is not an image in a supported format; use {SupportedFormats}"),
    };

    internal static ImageHeader Sized(string format, int width, int height) =>
        width > 0 && height > 0
            ? new ImageHeader(format, width, height)
            : throw new InvalidImageException($"the {format} header declares an impossible size of {width}x{height}");

    internal static InvalidImageException Corrupt(string format) =>
        new($"the {format} header is damaged or incomplete");

    private static ImageHeader WebP(ReadOnlySpan<byte> data)
    {
        var chunk = data.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8) && data.Length >= 30 && data[23] == 0x9D && data[24] == 0x01 && data[25] == 0x2A)
        {
            return Sized("WebP", BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && data.Length >= 25 && data[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return Sized("WebP", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8) && data.Length >= 30)
        {
            var width = data[24] | (data[25] << 8) | (data[26] << 16);
            var height = data[27] | (data[28] << 8) | (data[29] << 16);
            return Sized("WebP", width + 1, height + 1);
        }

        throw Corrupt("WebP");
    }
}
