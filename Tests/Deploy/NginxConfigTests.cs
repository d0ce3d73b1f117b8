using System.Text.RegularExpressions;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Deploy;

/// <summary>deploy/nginx/faceclassifier.conf passes nginx -t and streams uploads as large as the API accepts.</summary>
[Trait("Kind", "deploy")]
public sealed partial class NginxConfigTests
{
    private static string Config => File.ReadAllText(DeployFiles.NginxConfig);

    [Fact]
    public void Nginx_accepts_the_config()
    {
        // A throwaway main config that includes ours, with every path nginx would write under a temp prefix, so the
        // check needs no root-owned folder. nginx -t parses and checks everything but binds no port.
        var prefix = TestAssets.TempDirectory();
        var main = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(main, $$"""
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log;
            events {}
            http {
                access_log {{prefix}}/access.log;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                include {{DeployFiles.NginxConfig}};
            }
            """);

        var test = Tool.Run("nginx", "-t", "-p", prefix + "/", "-e", Path.Combine(prefix, "error.log"), "-c", main);

        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Contains($"configuration file {main} test is successful", test.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("[warn]", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_limit_matches_the_API_s_upload_limit_plus_its_multipart_framing()
    {
        // ApiWebApplicationBuilderExtensions lets Kestrel take Upload:MaxBytes + 1 MiB; nginx must let the same through, and no more.
        var expected = (new UploadOptions().MaxBytes + (1L << 20)) >> 20;
        Assert.Equal($"{expected}m", Directive("client_max_body_size"));
    }

    [Fact]
    public void Uploads_stream_to_the_API_with_long_timeouts()
    {
        Assert.Equal("off", Directive("proxy_request_buffering"));
        Assert.Equal("1.1", Directive("proxy_http_version"));
        Assert.Equal("http://faceclassifier_api", Directive("proxy_pass"));
        Assert.Matches(@"^\s*server 127\.0\.0\.1:8080;", Config.Split('\n').Single(l => l.Contains("server 127.", StringComparison.Ordinal)));
        foreach (var timeout in new[] { "client_body_timeout", "proxy_send_timeout", "proxy_read_timeout" })
        {
            Assert.Equal("300s", Directive(timeout));
        }
    }

    [Fact]
    public void Forwarded_headers_reach_the_API()
    {
        var headers = Directives("proxy_set_header");
        Assert.Contains("X-Forwarded-For $remote_addr", headers);
        Assert.Contains("X-Forwarded-Proto $faceclassifier_forwarded_proto", headers);
        Assert.Contains("Host $host", headers);
        Assert.Contains("Connection \"\"", headers);
    }

    [Fact]
    public void The_client_address_is_the_load_balancer_s_last_entry_and_the_API_trusts_only_nginx()
    {
        // The load balancer's address is in the VPC; the entry it appends is the client's. Nothing before it is believed.
        Assert.Equal("X-Forwarded-For", Directive("real_ip_header"));
        Assert.Equal("off", Directive("real_ip_recursive"));
        Assert.Equal(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"], Directives("set_real_ip_from"));
        Assert.Equal("127.0.0.1", new SystemdUnit(DeployFiles.Unit("faceclassifier-api.service")).Environment("ForwardedHeaders__KnownProxies__0"));
    }

    [Fact]
    public void Metrics_are_not_served_through_nginx()
    {
        Assert.Matches(@"location = /metrics \{\s*return 404;\s*\}", Config);
        Assert.Matches(@"location \^~ /metrics/ \{\s*return 404;\s*\}", Config);
    }

    private static string Directive(string name) => Assert.Single(Directives(name));

    private static List<string> Directives(string name) =>
        [.. DirectiveLine().Matches(Config).Where(m => m.Groups[1].Value == name).Select(m => m.Groups[2].Value)];

    [GeneratedRegex(@"^[ \t]*([a-z_]+)[ \t]+([^;{}\n]*);", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();
}
