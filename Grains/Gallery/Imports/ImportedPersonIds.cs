using System.Security.Cryptography;
using System.Text;

namespace FaceClassifier.Gallery.Imports;

/// <summary>
/// The id of the person an import makes from one folder: a name-based UUID (RFC 9562 version 5) of the folder's name
/// in the import's id as namespace. A resumed import derives the same id, so the gallery answers Exists and nobody
/// is enrolled twice.
/// </summary>
public static class ImportedPersonIds
{
    public static Guid For(Guid importId, string folderName)
    {
        var name = Encoding.UTF8.GetBytes(folderName);
        var input = new byte[16 + name.Length];
        importId.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);

        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
