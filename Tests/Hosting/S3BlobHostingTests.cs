using FaceClassifier.Aws.Blobs.S3;
using FaceClassifier.Aws.Leases;
using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Hosting;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Hosting;

/// <summary>Storage:Provider picks the blob store and its links; S3 settings are checked at start with messages naming them.</summary>
[Trait("Kind", "integration")]
public sealed class S3BlobHostingTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IDisposable
{
    private readonly string _data = TestAssets.TempDirectory();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void S3_provider_registers_the_s3_store_and_presigned_links()
    {
        using var services = Build(("Storage:Provider", "S3"), ("Storage:Bucket", "media"));

        Assert.IsType<S3BlobStore>(services.GetRequiredService<IBlobStore>());
        Assert.IsType<S3BlobLinks>(services.GetRequiredService<IBlobLinks>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is S3BucketStartup);
    }

    [Fact]
    public void Local_provider_registers_the_file_store_and_the_url_signer()
    {
        using var services = Build();

        Assert.IsType<LocalBlobStore>(services.GetRequiredService<IBlobStore>());
        Assert.Same(services.GetRequiredService<BlobUrlSigner>(), services.GetRequiredService<IBlobLinks>());
        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s is S3BucketStartup);
    }

    [Fact]
    public void S3_provider_without_a_bucket_fails_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(("Storage:Provider", "S3")));

        Assert.Equal("Missing setting Storage:Bucket (environment variable Storage__Bucket), required when Storage:Provider=S3.", error.Message);
    }

    [Theory]
    [InlineData("Storage:PartSize", "1048576", "Storage:PartSize is 1048576; it must be between 5242880 (5 MiB, S3's minimum part)")]
    [InlineData("Storage:ServerSideEncryption", "rot13", "Storage:ServerSideEncryption is 'rot13'; use one of: none, AES256, aws:kms.")]
    [InlineData("Storage:KmsKeyId", "key-1", "Storage:KmsKeyId is set but Storage:ServerSideEncryption is 'none'")]
    [InlineData("Storage:LocalCacheMaxBytes", "0", "Storage:LocalCacheMaxBytes is 0; it must be positive.")]
    [InlineData("Storage:KeyPrefix", "/abs/", "Storage:KeyPrefix '/abs/' must not start with '/'")]
    public void Bad_s3_settings_fail_naming_the_setting(string key, string value, string message)
    {
        using var services = Build(("Storage:Provider", "S3"), ("Storage:Bucket", "media"), (key, value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<S3StorageOptions>>().Value);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Links_longer_than_s3_allows_fail_naming_the_settings()
    {
        using var services = Build(("Storage:Provider", "S3"), ("Storage:Bucket", "media"), ("SignedUrls:MailLifetime", "8.00:00:00"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SignedUrlOptions>>().Value);

        Assert.Contains("SignedUrls:MailLifetime must be at most 7 days with Storage:Provider=S3", error.Message);
    }

    [Fact]
    public async Task Start_up_fails_on_a_missing_bucket_when_resources_are_not_created()
    {
        var bucket = $"s3test-{Guid.NewGuid():N}";
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(Settings(("Storage:Provider", "S3"), ("Storage:Bucket", bucket), ("Aws:CreateResources", "false")));
        builder.Services.AddFaceClassifierGrains();
        builder.Services.AddConfiguredBlobStore(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains($"S3 bucket '{bucket}' (setting Storage__Bucket) does not exist", error.Message);
    }

    private ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(settings)).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddFaceClassifierGrains();
        services.AddConfiguredBlobStore(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The local servers' settings and the data folder, overridden by <paramref name="settings"/>.</summary>
    private Dictionary<string, string?> Settings(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>(aws.Settings) { [DataDirectory.Variable] = _data };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }
}
