using FaceClassifier.Api.Apis;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Api.WebUi;

var builder = WebApplication.CreateBuilder(args);
builder.AddFaceClassifierApi();
builder.AddWebUi();

var app = builder.Build();
app.UseFaceClassifierErrors();
app.MapHealthApi();
app.MapUploadApi();
app.MapClassificationApi();
app.MapPeopleApi();
app.MapFacesApi();
app.MapAdminApi();
app.MapClusterApi();
app.MapFilesApi();
app.MapWebUi();
app.Run();
