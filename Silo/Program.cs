using FaceClassifier.Hosting;

// A worker-only silo (no HTTP): joins the silo at Orleans:PrimarySiloPort and runs grains, chunk analyses included.
var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.UseConfiguredClustering().AddFaceClassifier());
builder.Services.AddEngineAdapters(builder.Configuration);
builder.Services.AddSystemd();
await builder.Build().RunAsync();
