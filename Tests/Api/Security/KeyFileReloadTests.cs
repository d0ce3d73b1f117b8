using FaceClassifier.Api.Security;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api.Security;

/// <summary>Keys in a watched JSON file (as appsettings.json is) rotate when the file is replaced, without a restart.</summary>
[Trait("Kind", "integration")]
public sealed class KeyFileReloadTests : IDisposable
{
    private const string First = "first-key-0123456789abcdef";
    private const string Second = "second-key-0123456789abcdef";

    private readonly string _folder = TestAssets.TempDirectory();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Replacing_the_file_replaces_the_keys()
    {
        var path = Path.Combine(_folder, "appsettings.json");
        Write(path, First);
        var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: true).Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddKeySecurity()
            .BuildServiceProvider();
        var ring = services.GetRequiredService<KeyRing>();
        Assert.Equal((KeyCheck.Allowed, KeyCheck.Unknown), (ring.Check(First, KeyRole.Upload), ring.Check(Second, KeyRole.Upload)));

        Write(path, Second);

        await Poll.UntilAsync(
            () => Task.FromResult(ring.Check(Second, KeyRole.Upload) == KeyCheck.Allowed ? "rotated" : null),
            "the file watcher to reload the keys");
        Assert.Equal(KeyCheck.Unknown, ring.Check(First, KeyRole.Upload));
    }

    /// <summary>Writes the file as an operator should: a new file moved over the old one, never a half-written file.</summary>
    private static void Write(string path, string key)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, $$$"""{"Security":{"Keys":[{"Name":"ci","Key":"{{{key}}}","Roles":["upload"]}]}}""");
        File.Move(temp, path, overwrite: true);
    }
}
