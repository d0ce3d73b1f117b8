using FaceClassifier.Api.Apis;
using FaceClassifier.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFaceClassifierApi();

var app = builder.Build();
app.UseFaceClassifierErrors();
app.MapHealthApi();
app.MapUploadApi();
app.MapClassificationApi();
app.MapPeopleApi();
app.MapFacesApi();
app.MapAdminApi();
app.MapFilesApi();
app.Run();
