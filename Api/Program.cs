using FaceClassifier.Api.Apis;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Api.WebUi;
using FaceClassifier.Hosting;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Uploads;

var builder = WebApplication.CreateBuilder(args);
builder.AddFaceClassifierApi();
builder.AddWebUi();

var app = builder.Build();
app.UseFaceClassifierErrors();
app.MapHealthApi();
app.MapFaceClassifierMetrics().ExcludeFromDescription();
app.MapUploadApi();
app.MapClassificationApi();
app.MapClassificationExportApi();
app.MapJobListApi();
app.MapJobFacesApi();
app.MapPeopleApi();
app.MapPersonAppearancesApi();
app.MapPeopleImportApi();
app.MapFacesApi();
app.MapAdminApi();
app.MapClusterApi();
app.MapFilesApi();
app.MapWebUi();
app.Run();
