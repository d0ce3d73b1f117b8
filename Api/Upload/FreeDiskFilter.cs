using System.Globalization;
using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Storage;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Upload;

/// <summary>
/// Refuses an upload with 503 and Retry-After while the data folder's disk has less than Upload:MinFreeBytes free, so
/// that uploads cannot fill the disk the state, the outbox and the dead letters are written to.
/// </summary>
public sealed class FreeDiskFilter(DataDirectory data, IOptionsMonitor<UploadOptions> options) : IEndpointFilter
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var minimum = options.CurrentValue.MinFreeBytes;
        if (minimum > 0 && new DriveInfo(data.Root).AvailableFreeSpace is var free && free < minimum)
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Envelope.Error(ApiStatus.ServiceUnavailable,
                $"the server is low on disk space ({Megabytes(free)} free, {Megabytes(minimum)} needed); try again later");
        }

        return await next(context);
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MB");
}
