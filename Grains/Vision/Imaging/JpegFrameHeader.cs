using System.Buffers.Binary;

namespace FaceClassifier.Vision.Imaging;

/// <summary>Walks JPEG marker segments up to the first start-of-frame (SOFn) and reads its size.</summary>
internal static class JpegFrameHeader
{
    public static ImageHeader Read(ReadOnlySpan<byte> data)
    {
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

            if (marker is 0xD9 or 0xDA || at + 2 > data.Length)
            {
                break; // end of image or scan data before any frame header
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            if (IsStartOfFrame(marker))
            {
                return at + 7 <= data.Length
                    ? ImageHeader.Sized("JPEG", BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 3)..]))
                    : throw ImageHeader.Corrupt("JPEG");
            }

            if (length < 2)
            {
                throw ImageHeader.Corrupt("JPEG");
            }

            at += length;
        }

        throw ImageHeader.Corrupt("JPEG");
    }

    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}
