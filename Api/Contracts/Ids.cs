namespace FaceClassifier.Api.Contracts;

/// <summary>Route ids: UUIDs, printed in the 8-4-4-4-12 form.</summary>
public static class Ids
{
    public static bool TryParse(string text, out Guid id) => Guid.TryParse(text, out id) && id != Guid.Empty;

    public static string Format(Guid id) => id.ToString("D");

    public static string Malformed(string what) => $"{what} is not a valid id (expected a UUID)";
}
