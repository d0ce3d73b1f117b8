using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Video.VideoValidation;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Video;

[Trait("Kind", "unit")]
public sealed class VideoServiceRegistrationTests
{
    [Fact]
    public void Resolves_the_media_services_with_options_from_configuration()
    {
        using var provider = Provider(new()
        {
            ["VideoValidation:MaxDuration"] = "00:05:00",
            ["VideoValidation:AllowedContainers:0"] = "mp4",
            ["ImageLimits:MaxPixels"] = "1000",
        });

        Assert.IsType<CachedVideoProbe>(provider.GetRequiredService<IVideoProbe>());
        Assert.IsType<FfmpegFrameSource>(provider.GetRequiredService<IFrameSource>());
        Assert.NotNull(provider.GetRequiredService<VideoValidator>());
        Assert.IsType<OpenCvClassifiedFrameRenderer>(provider.GetRequiredService<IClassifiedFrameRenderer>());
        var options = provider.GetRequiredService<IOptions<VideoValidationOptions>>().Value;
        Assert.Equal(TimeSpan.FromMinutes(5), options.MaxDuration);
        Assert.Equal(["mp4"], options.AllowedContainers);
        Assert.Equal(new VideoValidationOptions().AllowedCodecs, options.AllowedCodecs);

        var codec = provider.GetRequiredService<IImageCodec>();
        var png = codec.EncodePng(TestImages.Solid(40, 40, 1, 2, 3));
        Assert.Throws<InvalidImageException>(() => codec.Decode(png));
    }

    [Fact]
    public void Settings_that_reject_every_video_fail_when_options_are_read()
    {
        using var provider = Provider(new() { ["VideoValidation:MaxBytes"] = "0" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<VideoValidationOptions>>().Value);

        Assert.Contains("MaxBytes must be positive.", ex.Failures);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddVideoProcessing()
            .BuildServiceProvider();
    }
}
