using System.Buffers.Binary;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Imaging;

/// <summary>
/// Walks JPEG marker segments to the start-of-frame (SOFn) for the size and on to the first scan,
/// after which the end-of-image marker must follow: libjpeg would otherwise fill a cut-off file with grey.
/// </summary>
internal static class JpegFrameHeader
{
    public static ImageHeader Read(ReadOnlySpan<byte> data)
    {
        ImageHeader? frame = null;
        var at = 2;
        while (at < data.Length)
        {
            if (data[at] != 0xFF)
            {
                throw ImageHeader.Corrupt("JPEG");
            }

            // Any number of 0xFF fill bytes may precede a marker.
            while (at < data.Length && data[at] == 0xFF)
            {
                at++;
            }

            if (at >= data.Length)
            {
                break;
            }

            var marker = data[at++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // standalone markers carry no length
            }

            if (marker == 0xDA && frame is { } header)
            {
                // Entropy-coded data escapes 0xFF, so FF D9 after the first scan can only be the end marker.
                return data[at..].IndexOf([(byte)0xFF, (byte)0xD9]) >= 0
                    ? header
                    : throw new InvalidImageException("the JPEG data is incomplete: the file ends before the image does");
            }

            if (marker is 0xD9 or 0xDA || at + 2 > data.Length)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            if (IsStartOfFrame(marker))
            {
                frame = at + 7 <= data.Length
                    ? ImageHeader.Sized("JPEG", BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 3)..]))
                    : throw ImageHeader.Corrupt("JPEG");
            }

            if (length < 2)
            {
                throw ImageHeader.Corrupt("JPEG");
            }

            at += length;
        }

        throw frame is null
            ? ImageHeader.Corrupt("JPEG")
            : new InvalidImageException("the JPEG data is incomplete: the file ends before the image does");
    }

    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}
