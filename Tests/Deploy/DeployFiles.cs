using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Deploy;

/// <summary>Where the deploy/ artefacts and the tools that check them live in the checkout.</summary>
internal static class DeployFiles
{
    public static string Root => TestAssets.RepositoryRoot();

    public static string Template => Path.Combine(Root, "deploy", "aws", "faceclassifier.yaml");

    public static string NginxConfig => Path.Combine(Root, "deploy", "nginx", "faceclassifier.conf");

    public static string Unit(string name) => Path.Combine(Root, "deploy", "systemd", name);

    public static string AmiFile(string name) => Path.Combine(Root, "deploy", "ami", name);

    public static string InspectScript => Path.Combine(Root, "tools", "deploy-check", "inspect.cjs");

    /// <summary>The framework-dependent build output a unit's /opt/faceclassifier/&lt;app&gt;/ stands for.</summary>
    public static string BuildOutput(string project) =>
        Path.Combine(Root, project, "bin", "Release", "net10.0", "linux-x64") + Path.DirectorySeparatorChar;
}
