using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FaceClassifier.Api.Hosting;

/// <summary>
/// Kestrel's limits, set here on purpose rather than inherited, so that they are documented (README, Security) and a
/// framework upgrade cannot widen them. The body size limit is Upload:MaxBytes (see the builder).
/// </summary>
public static class KestrelLimits
{
    public const int MaxRequestHeadersTotalBytes = 32 << 10;
    public const int MaxRequestHeaderCount = 64;
    public const int MaxRequestLineBytes = 8 << 10;
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromMinutes(2);

    /// <summary>A body slower than this (after a grace period) is cut off: a slow upload cannot hold a connection forever.</summary>
    public static readonly MinDataRate MinRequestBodyRate = new(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

    public static void Apply(KestrelServerLimits limits)
    {
        limits.MaxRequestHeadersTotalSize = MaxRequestHeadersTotalBytes;
        limits.MaxRequestHeaderCount = MaxRequestHeaderCount;
        limits.MaxRequestLineSize = MaxRequestLineBytes;
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.MinRequestBodyDataRate = MinRequestBodyRate;
    }
}
