using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Deploy;

/// <summary>The systemd units verify cleanly and give the graceful drain its time.</summary>
[Trait("Kind", "deploy")]
public sealed class SystemdUnitTests
{
    public static TheoryData<string> Services => ["faceclassifier-silo.service", "faceclassifier-api.service"];

    /// <summary>
    /// systemd-analyze verify checks that ExecStart is an executable file. The units start the image's
    /// /opt/faceclassifier/&lt;app&gt;/ (bake.sh installs the published app there), so the copy verified here has only its
    /// ExecStart prefix pointed at this checkout's build output of the same app (same apphost and files, not published);
    /// the lifecycle watcher's at deploy/ami/faceclassifier-lifecycle.sh, the script bake.sh installs. Nothing else changes.
    /// </summary>
    private static readonly (string Installed, string Here)[] ExecStartRewrites =
    [
        ("ExecStart=/opt/faceclassifier/silo/", "ExecStart=" + DeployFiles.BuildOutput("Silo")),
        ("ExecStart=/opt/faceclassifier/api/", "ExecStart=" + DeployFiles.BuildOutput("Api")),
        ("ExecStart=/opt/faceclassifier/bin/faceclassifier-lifecycle", "ExecStart=" + DeployFiles.AmiFile("faceclassifier-lifecycle.sh")),
    ];

    [Theory]
    [MemberData(nameof(Services))]
    [InlineData("faceclassifier-lifecycle.service")]
    public void Systemd_analyze_verify_reports_nothing(string unit)
    {
        var copy = Path.Combine(TestAssets.TempDirectory(), unit);
        var text = File.ReadAllText(DeployFiles.Unit(unit));
        var rewritten = ExecStartRewrites.Aggregate(text, (t, r) => t.Replace(r.Installed, r.Here, StringComparison.Ordinal));
        Assert.Equal(1, text.Split('\n').Zip(rewritten.Split('\n')).Count(pair => pair.First != pair.Second));
        File.WriteAllText(copy, rewritten);

        var verify = Tool.Run("systemd-analyze", "verify", copy);

        // verify exits 0 on unknown keys and unparsable values too, only printing them: both streams must stay empty.
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal("", verify.Output + verify.Error);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Service_notifies_readiness_restarts_on_failure_and_drains_on_SIGTERM(string unit)
    {
        var service = new SystemdUnit(DeployFiles.Unit(unit));
        Assert.Equal("notify", service["Type"]);
        Assert.Equal("on-failure", service["Restart"]);
        Assert.Equal("SIGTERM", service["KillSignal"]);
        Assert.Equal("faceclassifier", service["User"]);
        Assert.Equal(["/etc/faceclassifier/common.env", "-/etc/faceclassifier/secrets.env"], service.All("EnvironmentFile"));

        // The host's own shutdown deadline ends before systemd's SIGKILL, so the drain is never cut short by it.
        Assert.True(service.Seconds("TimeoutStopSec") >= 120, "TimeoutStopSec leaves time to finish in-flight chunks");
        Assert.True(int.Parse(service.Environment("DOTNET_shutdownTimeoutSeconds"), System.Globalization.CultureInfo.InvariantCulture) < service.Seconds("TimeoutStopSec"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Service_is_hardened_and_writes_only_its_state_and_cache(string unit)
    {
        var service = new SystemdUnit(DeployFiles.Unit(unit));
        Assert.Equal("true", service["NoNewPrivileges"]);
        Assert.Equal("strict", service["ProtectSystem"]);
        Assert.Equal("true", service["PrivateTmp"]);
        Assert.Equal("true", service["ProtectHome"]);
        Assert.Equal("/var/lib/faceclassifier /var/cache/faceclassifier", service["ReadWritePaths"]);
        Assert.Equal("/var/lib/faceclassifier", service.Environment("FACECLASSIFIER_DATA"));
        Assert.StartsWith("/var/cache/faceclassifier/", service.Environment("Vision__Models__CacheDirectory"), StringComparison.Ordinal);
    }

    [Fact]
    public void Api_listens_on_loopback_behind_nginx()
    {
        Assert.Equal("http://127.0.0.1:8080", new SystemdUnit(DeployFiles.Unit("faceclassifier-api.service")).Environment("FACECLASSIFIER_URLS"));
    }
}
