using FaceClassifier.Tests.Api.Support;

namespace FaceClassifier.Tests.Api.Security;

/// <summary>An API host with one named key per role besides the legacy Security:ApiKey.</summary>
public sealed class KeyedApiFixture : IAsyncLifetime
{
    public const string UploadKey = "ci-upload-key-0123456789";
    public const string GalleryKey = "curator-gallery-key-0123";
    public const string AdminKey = "ops-admin-key-0123456789";

    public ApiFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <summary>A key that holds <paramref name="role"/> and nothing else.</summary>
    public static string KeyWith(string role) => role switch
    {
        "upload" => UploadKey,
        "gallery" => GalleryKey,
        "admin" => AdminKey,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "a role"),
    };

    /// <summary>A key that lacks <paramref name="role"/>.</summary>
    public static string KeyWithout(string role) => role == "upload" ? GalleryKey : UploadKey;

    public Task InitializeAsync()
    {
        Factory.Settings.Replace(Settings(UploadKey));
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    /// <summary>The three named keys, the upload one with <paramref name="uploadKey"/> as its value.</summary>
    public static Dictionary<string, string?> Settings(string uploadKey) => new()
    {
        ["Security:Keys:0:Name"] = "ci",
        ["Security:Keys:0:Key"] = uploadKey,
        ["Security:Keys:0:Roles:0"] = "upload",
        ["Security:Keys:1:Name"] = "curator",
        ["Security:Keys:1:Key"] = GalleryKey,
        ["Security:Keys:1:Roles:0"] = "gallery",
        ["Security:Keys:2:Name"] = "ops",
        ["Security:Keys:2:Key"] = AdminKey,
        ["Security:Keys:2:Roles:0"] = "admin",
    };

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
