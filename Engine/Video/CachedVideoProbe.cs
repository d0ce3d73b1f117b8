using Microsoft.Extensions.Caching.Memory;

namespace FaceClassifier.Engine.Video;

/// <summary>
/// Remembers what ffprobe said of a file, by path, size and modification time, so that the chunks of one video and
/// its result frames do not each start ffprobe (a few hundred milliseconds on a busy machine). Failures are not kept.
/// </summary>
public sealed class CachedVideoProbe(FfprobeVideoProbe probe) : IVideoProbe, IDisposable
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 1024 });

    public async Task<VideoInfo> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(Path.GetFullPath(path));
        if (!file.Exists)
        {
            return await probe.ProbeAsync(path, cancellationToken).ConfigureAwait(false);
        }

        var key = (file.FullName, file.Length, file.LastWriteTimeUtc);
        if (_cache.TryGetValue(key, out VideoInfo? known) && known is not null)
        {
            return known;
        }

        var info = await probe.ProbeAsync(path, cancellationToken).ConfigureAwait(false);
        _cache.Set(key, info, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeptFor });
        return info;
    }

    public void Dispose() => _cache.Dispose();
}
