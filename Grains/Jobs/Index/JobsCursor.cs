using System.Buffers.Text;
using System.Text;

namespace FaceClassifier.Jobs.Index;

/// <summary>The opaque cursor of a jobs page: the last job's position, base64url-encoded.</summary>
public static class JobsCursor
{
    public static string Encode(JobIndexPosition last) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(last.SortKey));

    /// <summary>The position a cursor stands for, or false for a string no page returned.</summary>
    public static bool TryDecode(string cursor, out JobIndexPosition after)
    {
        after = default;
        if (cursor.Length > 256 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        return JobIndexPosition.TryParse(Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)), out after);
    }
}
