namespace FaceClassifier.Api.Security;

/// <summary>One entry of Security:Keys: a named key and the roles it grants.</summary>
public sealed class SecurityKeyOptions
{
    /// <summary>Who holds the key, unique among the keys; logged, unlike the key.</summary>
    public string Name { get; set; } = "";

    /// <summary>The value clients send in X-Api-Key; at least 16 characters.</summary>
    [Redact]
    public string Key { get; set; } = "";

    /// <summary>One or more of upload, gallery and admin.</summary>
    public List<string> Roles { get; set; } = [];
}
