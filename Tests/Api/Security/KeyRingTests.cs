using FaceClassifier.Api.Security;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Tests.Api.Security;

/// <summary>Which role needs a key when, what a key allows, and keys changing while the ring is in use.</summary>
[Trait("Kind", "unit")]
public sealed class KeyRingTests
{
    private const string CiKey = "ci-key-0123456789abcdef";
    private const string CuratorKey = "curator-key-0123456789";
    private const string LegacyKey = "legacy";

    [Fact]
    public void Without_keys_every_role_is_open()
    {
        using var ring = Ring(new Dictionary<string, string?>());

        Assert.All(KeyRoles.All, role => Assert.Equal(KeyCheck.Allowed, ring.Value.Check("", role)));
        Assert.All(KeyRoles.All, role => Assert.Equal(KeyCheck.Allowed, ring.Value.Check("anything", role)));
    }

    [Fact]
    public void The_legacy_api_key_guards_gallery_and_admin_and_leaves_uploads_public()
    {
        using var ring = Ring(new() { ["Security:ApiKey"] = LegacyKey });

        Assert.Equal(KeyCheck.Allowed, ring.Value.Check("", KeyRole.Upload));
        Assert.Equal(KeyCheck.Missing, ring.Value.Check("", KeyRole.Gallery));
        Assert.Equal(KeyCheck.Unknown, ring.Value.Check("legacy2", KeyRole.Admin));
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(LegacyKey, KeyRole.Gallery));
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(LegacyKey, KeyRole.Admin));
    }

    [Fact]
    public void A_key_with_the_upload_role_makes_uploads_need_one_and_other_keys_lack_it()
    {
        using var ring = Ring(new()
        {
            ["Security:ApiKey"] = LegacyKey,
            ["Security:Keys:0:Name"] = "ci",
            ["Security:Keys:0:Key"] = CiKey,
            ["Security:Keys:0:Roles:0"] = "upload",
        });

        Assert.Equal(KeyCheck.Missing, ring.Value.Check("", KeyRole.Upload));
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(CiKey, KeyRole.Upload));
        Assert.Equal(KeyCheck.LacksRole, ring.Value.Check(LegacyKey, KeyRole.Upload));
        Assert.Equal(KeyCheck.LacksRole, ring.Value.Check(CiKey, KeyRole.Gallery));
        Assert.Equal(KeyCheck.Unknown, ring.Value.Check(CiKey[..^1], KeyRole.Upload));
    }

    [Fact]
    public void Keys_without_the_upload_role_leave_uploads_public_and_guard_the_rest()
    {
        using var ring = Ring(Curator());

        Assert.Equal(KeyCheck.Allowed, ring.Value.Check("", KeyRole.Upload));
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(CuratorKey, KeyRole.Gallery));
        Assert.Equal(KeyCheck.Missing, ring.Value.Check("", KeyRole.Admin));
        Assert.Equal(KeyCheck.LacksRole, ring.Value.Check(CuratorKey, KeyRole.Admin));
    }

    [Fact]
    public void A_changed_setting_takes_effect_on_the_next_check_without_a_restart()
    {
        using var ring = Ring(Curator());
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(CuratorKey, KeyRole.Gallery));

        const string rotated = "curator-key-rotated-2026";
        ring.Settings.Replace(Curator(rotated, "gallery", "upload"));

        Assert.Equal(KeyCheck.Unknown, ring.Value.Check(CuratorKey, KeyRole.Gallery));
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(rotated, KeyRole.Gallery));
        Assert.Equal(KeyCheck.Missing, ring.Value.Check("", KeyRole.Upload));

        ring.Settings.Replace(new Dictionary<string, string?>());
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check("", KeyRole.Gallery));
    }

    [Fact]
    public void A_change_that_fails_validation_keeps_the_previous_keys_and_logs_why_without_key_values()
    {
        using var ring = Ring(Curator());
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(CuratorKey, KeyRole.Gallery));

        // The options monitor validates the new settings as the change is raised and throws to whoever raised it.
        Assert.ThrowsAny<Exception>(() => ring.Settings.Replace(Curator("too-short")));

        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(CuratorKey, KeyRole.Gallery));
        Assert.Equal(KeyCheck.Unknown, ring.Value.Check("too-short", KeyRole.Gallery));
        var refused = Assert.Single(ring.Logs.Named("LogChangeRefused"));
        Assert.Equal(LogLevel.Error, refused.Level);
        Assert.Contains("Security:Keys:0:Key (environment variable Security__Keys__0__Key) must be at least 16 characters.", refused.Message, StringComparison.Ordinal);

        ring.Settings.Replace(Curator(CiKey));
        Assert.Equal(KeyCheck.Allowed, ring.Value.Check(CiKey, KeyRole.Gallery));
        Assert.Equal(["Security keys in use: 1 (curator (gallery)); key values are never logged"], ring.Logs.Named("LogKeysLoaded").Select(e => e.Message).Distinct());
        Assert.DoesNotContain(ring.Logs.Entries, e => e.Message.Contains(CuratorKey, StringComparison.Ordinal) || e.Message.Contains(CiKey, StringComparison.Ordinal) || e.Message.Contains("too-short", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Curator(string key = CuratorKey, params string[] roles)
    {
        var settings = new Dictionary<string, string?> { ["Security:Keys:0:Name"] = "curator", ["Security:Keys:0:Key"] = key };
        var i = 0;
        foreach (var role in roles.Length == 0 ? ["gallery"] : roles)
        {
            settings[$"Security:Keys:0:Roles:{i++}"] = role;
        }

        return settings;
    }

    private static RingHost Ring(Dictionary<string, string?> settings) => new(new ReloadableSettings(settings));

    /// <summary>A key ring wired as the API wires it, over settings the test changes.</summary>
    private sealed class RingHost : IDisposable
    {
        private readonly ServiceProvider _services;

        public RingHost(ReloadableSettings settings)
        {
            Settings = settings;
            var configuration = new ConfigurationBuilder().Add(settings).Build();
            _services = new ServiceCollection()
                .AddSingleton<IConfiguration>(configuration)
                .AddLogging(logging => logging.AddProvider(Logs))
                .AddKeySecurity()
                .BuildServiceProvider();
            Value = _services.GetRequiredService<KeyRing>();
        }

        public ReloadableSettings Settings { get; }

        public RecordingLoggerProvider Logs { get; } = new();

        public KeyRing Value { get; }

        public void Dispose() => _services.Dispose();
    }
}
