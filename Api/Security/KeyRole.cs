namespace FaceClassifier.Api.Security;

/// <summary>What a key may do; a key holds one or more roles, an endpoint needs one.</summary>
[Flags]
public enum KeyRole
{
    None = 0,

    /// <summary>Upload a video, change or delete a job, use the engine (/api/faces/*).</summary>
    Upload = 1,

    /// <summary>Change the gallery, name and reject a job's faces, list the jobs.</summary>
    Gallery = 2,

    /// <summary>The admin endpoints (/api/admin/*).</summary>
    Admin = 4,
}

/// <summary>The roles' names as they are configured (Security:Keys:n:Roles) and shown in answers.</summary>
public static class KeyRoles
{
    public static IReadOnlyList<KeyRole> All { get; } = [KeyRole.Upload, KeyRole.Gallery, KeyRole.Admin];

    /// <summary>"upload, gallery, admin".</summary>
    public static string Known { get; } = string.Join(", ", All.Select(Name));

    public static string Name(this KeyRole role) => role switch
    {
        KeyRole.Upload => "upload",
        KeyRole.Gallery => "gallery",
        KeyRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "a single role"),
    };

    /// <summary>The role named <paramref name="name"/> (any case), or None.</summary>
    public static KeyRole Parse(string? name) =>
        All.FirstOrDefault(role => string.Equals(role.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
