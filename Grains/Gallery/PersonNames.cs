namespace FaceClassifier.Gallery;

/// <summary>What a name may be, for a gallery person and for who uploads a video alike, with the 400 messages.</summary>
public static class PersonNames
{
    public const int MaxLength = 200;

    /// <summary>Null when <paramref name="name"/> (already trimmed) is acceptable, else the message.</summary>
    public static string? Error(string? name)
    {
        if (name is null)
        {
            return "name is required";
        }

        if (name.Length == 0 || name.EnumerateRunes().Count() > MaxLength)
        {
            return $"name must be 1 to {MaxLength} characters";
        }

        return name.Any(char.IsControl) ? "name must not contain control characters" : null;
    }
}
