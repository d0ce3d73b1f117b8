using FaceClassifier.Api.Security;

namespace FaceClassifier.Api.Hosting;

/// <summary>Limits on what clients may send.</summary>
public sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>Largest video accepted; enforced while the upload streams to storage.</summary>
    public long MaxBytes { get; set; } = 200L << 20;

    /// <summary>Largest single gallery photo or engine image.</summary>
    public long MaxPhotoBytes { get; set; } = 10L << 20;

    /// <summary>Most photos in one gallery request.</summary>
    public int MaxPhotos { get; set; } = 10;

    /// <summary>Largest gallery import archive; enforced while it streams to storage.</summary>
    public long MaxImportBytes { get; set; } = 1L << 30;

    /// <summary>Uploads and imports answer 503 while the data folder's disk has less free space than this; 0 turns the check off.</summary>
    public long MinFreeBytes { get; set; } = 1L << 30;
}

/// <summary>Who may upload, write the gallery and use the admin endpoints (see KeyRing for the rules).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>When set, gallery writes and admin endpoints need this value in the X-Api-Key header: a key with the gallery and admin roles.</summary>
    [Redact]
    public string? ApiKey { get; set; }

    /// <summary>Named keys, each with its roles; one with the upload role makes uploads need a key.</summary>
    public List<SecurityKeyOptions> Keys { get; set; } = [];
}
