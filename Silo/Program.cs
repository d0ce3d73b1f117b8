using FaceClassifier.Hosting;
using FaceClassifier.Metrics;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Uploads;

// A worker silo: joins the cluster and runs grains, chunk analyses included. Its only HTTP is a small
// listener on Metrics:Urls (loopback by default) for /metrics and /health.
var builder = WebApplication.CreateSlimBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls(builder.Configuration[$"{MetricsOptions.Section}:{nameof(MetricsOptions.Urls)}"] is { Length: > 0 } urls ? urls : MetricsOptions.DefaultUrls);
}

builder.UseOrleans(silo => silo.UseConfiguredClustering().AddFaceClassifier());
builder.Services.AddSystemd();
builder.Services.AddFaceClassifierTelemetry();

var app = builder.Build();
app.MapGet("/health", () => Results.Text("""{"status":"ok"}""", "application/json"));
app.MapFaceClassifierMetrics();
await app.RunAsync();
