using FaceClassifier.Engine.Video;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaceClassifier.Tests.Engine.Video;

/// <summary>The probe cache in front of ffprobe, on real files.</summary>
[Trait("Kind", "unit")]
public sealed class CachedVideoProbeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("faceclassifier-probe-").FullName;
    private readonly CachedVideoProbe _probe = new(new FfprobeVideoProbe(NullLogger<FfprobeVideoProbe>.Instance));

    [Fact]
    public async Task The_same_unchanged_file_is_probed_once()
    {
        var video = Copy(TestVideos.NoFaces);

        var first = await _probe.ProbeAsync(video);
        var second = await _probe.ProbeAsync(video);

        Assert.Same(first, second);
        Assert.Equal((640, 360), (second.Width, second.Height));
    }

    [Fact]
    public async Task A_file_replaced_by_another_video_is_probed_again()
    {
        var video = Copy(TestVideos.NoFaces);
        var before = await _probe.ProbeAsync(video);

        File.Copy(TestVideos.GroupZoom, video, overwrite: true);
        File.SetLastWriteTimeUtc(video, File.GetLastWriteTimeUtc(video).AddSeconds(1));
        var after = await _probe.ProbeAsync(video);

        Assert.Equal((640, 360), (before.Width, before.Height));
        Assert.Equal((960, 640), (after.Width, after.Height));
    }

    public void Dispose()
    {
        _probe.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Copy(string video)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".mp4");
        File.Copy(video, path);
        return path;
    }
}
