using FaceClassifier.Api.Hosting;
using FaceClassifier.Api.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Api.Security;

/// <summary>Security:Keys is refused at start-up with a message per problem, naming the setting and never a key's value.</summary>
[Trait("Kind", "unit")]
public sealed class SecurityOptionsValidatorTests
{
    private const string CiKey = "ci-key-0123456789abcdef";
    private const string OpsKey = "ops-key-0123456789abcdef";

    [Fact]
    public void Named_keys_with_known_roles_and_a_short_legacy_api_key_pass()
    {
        var options = Options(new SecurityKeyOptions { Name = "ci", Key = CiKey, Roles = ["upload"] }, new SecurityKeyOptions { Name = "ops", Key = OpsKey, Roles = ["Gallery", "admin"] });
        options.ApiKey = "short";

        Assert.True(new SecurityOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(new SecurityOptionsValidator().Validate(null, new SecurityOptions()).Succeeded);
    }

    [Fact]
    public void Each_problem_is_named_with_its_setting_and_environment_variable()
    {
        var options = Options(
            new SecurityKeyOptions { Name = "", Key = "", Roles = [] },
            new SecurityKeyOptions { Name = "ci", Key = "fifteen-chars!!", Roles = ["upload", "owner"] },
            new SecurityKeyOptions { Name = "CI", Key = OpsKey, Roles = ["admin"] },
            new SecurityKeyOptions { Name = "ops", Key = OpsKey, Roles = ["gallery"] });

        var result = new SecurityOptionsValidator().Validate(null, options);

        Assert.Equal(
            [
                "Security:Keys:0:Name (environment variable Security__Keys__0__Name) is required: who holds the key.",
                "Security:Keys:0:Key (environment variable Security__Keys__0__Key) must be at least 16 characters.",
                "Security:Keys:0:Roles (environment variable Security__Keys__0__Roles) must name at least one role of upload, gallery, admin.",
                "Security:Keys:1:Key (environment variable Security__Keys__1__Key) must be at least 16 characters.",
                "Security:Keys:1:Roles:1 (environment variable Security__Keys__1__Roles__1) must be one of upload, gallery, admin.",
                "Security:Keys:2:Name (environment variable Security__Keys__2__Name) must differ from the other keys' names.",
                "Security:Keys:3:Key (environment variable Security__Keys__3__Key) must differ from the other keys and Security:ApiKey.",
            ],
            result.Failures);
        Assert.DoesNotContain(result.Failures!, f => f.Contains(OpsKey, StringComparison.Ordinal) || f.Contains("fifteen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_key_equal_to_the_legacy_api_key_is_refused()
    {
        var options = Options(new SecurityKeyOptions { Name = "ci", Key = CiKey, Roles = ["upload"] });
        options.ApiKey = CiKey;

        Assert.Equal(
            ["Security:Keys:0:Key (environment variable Security__Keys__0__Key) must differ from the other keys and Security:ApiKey."],
            new SecurityOptionsValidator().Validate(null, options).Failures);
    }

    [Fact]
    public void A_bad_key_stops_the_start_with_its_message()
    {
        var settings = new Dictionary<string, string?> { ["Security:Keys:0:Name"] = "ci", ["Security:Keys:0:Key"] = "short", ["Security:Keys:0:Roles:0"] = "upload" };
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddKeySecurity()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal("Security:Keys:0:Key (environment variable Security__Keys__0__Key) must be at least 16 characters.", error.Message);
    }

    private static SecurityOptions Options(params SecurityKeyOptions[] keys) => new() { Keys = [.. keys] };
}
