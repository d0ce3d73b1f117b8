using FaceClassifier.Api.WebUi;

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo => silo.UseLocalhostClustering());
builder.AddWebUi();
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapWebUi();
app.Run();
