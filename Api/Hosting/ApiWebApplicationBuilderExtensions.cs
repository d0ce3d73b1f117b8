using FaceClassifier.Api.Security;
using FaceClassifier.Api.Upload;
using FaceClassifier.Hosting;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Hosting;

/// <summary>Wires the API process: the co-hosted silo, metrics, limits, JSON, options.</summary>
public static class ApiWebApplicationBuilderExtensions
{
    public const string UrlsVariable = "FACECLASSIFIER_URLS";
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Room for the multipart framing around the largest file; the file's own cap is checked while streaming.</summary>
    public const long MultipartFraming = 1 << 20;

    /// <summary>The embedded mode: silo and API in one process, data under FACECLASSIFIER_DATA.</summary>
    public static WebApplicationBuilder AddFaceClassifierApi(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(builder.Configuration[UrlsVariable] is { Length: > 0 } urls ? urls : DefaultUrls);
        }

        builder.Services.AddPublicBaseUrlDefault();
        builder.UseOrleans(silo => silo.UseConfiguredClustering().AddFaceClassifier());
        builder.Services.AddFaceClassifierTelemetry();

        builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UploadOptions>, UploadOptionsValidator>());
        builder.Services.AddKeySecurity();
        builder.Services.AddSingleton<FreeDiskFilter>();

        // The import endpoint raises the body limit for its own requests (PeopleImportApi).
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>((kestrel, upload) =>
        {
            KestrelLimits.Apply(kestrel.Limits);
            kestrel.Limits.MaxRequestBodySize = upload.Value.MaxBytes + MultipartFraming;
        });
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, upload) =>
        {
            form.MultipartBodyLengthLimit = (upload.Value.MaxPhotoBytes * upload.Value.MaxPhotos) + MultipartFraming;

            // Photo forms are read whole into memory anyway (FacePhotos); buffering a body past the default 64 KB in a
            // temporary file first (and deleting it after) cost about 1 ms a demo JPEG.
            form.MemoryBufferThreshold = (int)Math.Min(int.MaxValue, upload.Value.MaxPhotoBytes + MultipartFraming);
        });
        builder.Services.ConfigureHttpJsonOptions(o => JobJson.Configure(o.SerializerOptions));
        builder.Host.UseSystemd();
        return builder;
    }
}
