using System.Buffers.Text;
using System.Text;

namespace FaceClassifier.Gallery;

/// <summary>The opaque cursor of a people page: the last person's id and name, base64url-encoded.</summary>
public static class PeopleCursor
{
    public static string Encode(PersonRecord last) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{last.PersonId}\n{last.Name}"));

    /// <summary>The (name, id) a cursor stands for, or false for a string no page returned.</summary>
    public static bool TryDecode(string cursor, out (string Name, string Id) after)
    {
        after = default;
        if (cursor.Length > 2048 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline <= 0 || !Guid.TryParse(text.AsSpan(0, newline), out _))
        {
            return false;
        }

        after = (text[(newline + 1)..], text[..newline]);
        return true;
    }
}
