using static FaceClassifier.Api.OpenApi.ApiExamples;
using static FaceClassifier.Api.OpenApi.DocSchemas;

namespace FaceClassifier.Api.OpenApi;

/// <summary>The documentation of every REST endpoint, keyed by "METHOD route" as the generator describes it.</summary>
internal static class ApiCatalog
{
    public const string Jobs = "Classification jobs";
    public const string Gallery = "Gallery";
    public const string Engine = "Face engine";
    public const string Operations = "Operations";

    private const string BadId = "id is not a valid id (expected a UUID)";

    public static IReadOnlyDictionary<string, OperationDoc> Endpoints { get; } = new Dictionary<string, OperationDoc>(StringComparer.OrdinalIgnoreCase)
    {
        ["GET /health"] = new(Operations, "Health check", "For load balancers: 200 while the process serves requests.")
        {
            Responses = [new(200, "Serving.", Health)],
        },
        ["POST /api/upload"] = new(Jobs, "Upload a video", "Starts a classification job. The file streams to storage with the size cap checked as it goes; ffprobe then checks container (mp4, mov, mkv, webm, avi), codec (h264, hevc, vp8, vp9, av1, mpeg4), duration and that frames decode. The client's file name is never used.")
        {
            Request = new("multipart/form-data", UploadFormSchema, UploadForm),
            Responses =
            [
                new(200, "Accepted: the job's id. Poll GET /api/classification/{id}.", Uploaded),
                new(400, "A missing or invalid field, or a file that is not an acceptable video.", BadRequest("the first frame cannot be decoded; the file is damaged or not really a video")),
                new(500, "An unexpected failure.", InternalError),
            ],
        },
        ["GET /api/classification"] = new(Jobs, "List jobs", "Jobs newest first, a page at a time: id, name, status, created_at, completed_at and the names of the people found. ?limit= sets the page size (1 to 200, default 50); ?cursor= takes data.next_cursor of the previous page (null after the last page). A deleted job leaves the list.")
        {
            Responses =
            [
                new(200, "One page of jobs and the next page's cursor.", JobList),
                new(400, "A limit out of range or a cursor no page returned.", BadRequest("limit must be a whole number from 1 to 200")),
            ],
        },
        ["GET /api/classification/{id}"] = new(Jobs, "Get a job", "Status (processing, completed, error), stage, progress in frames and, once completed, the classified frame's signed URL and who was found. expires_at: until when the finished job is kept (Retention:JobLifetime after it finished; then it is deleted as DELETE deletes it and this answers 404), null while it runs or when jobs are kept forever.")
        {
            Responses =
            [
                new(200, "The job. While processing, image_file_url and result are null.", JobCompleted),
                new(400, "The id is not a UUID.", BadRequest(BadId)),
                new(404, "No job has this id.", NotFound($"no classification job with id {JobId}")),
            ],
        },
        ["GET /api/classification/{id}/result.vtt"] = new(Jobs, "Export a job's segments as WebVTT", "Subtitles for the video: one cue per segment (hh:mm:ss.ttt), in order of start, whose text is the person's name or the unknown face's label. A face seen in one frame only gets a half-second cue.")
        {
            Responses =
            [
                new(200, "The WebVTT file; its first line is WEBVTT.", null, "text/vtt"),
                new(400, "The id is not a UUID.", BadRequest(BadId)),
                new(404, "No job has this id.", NotFound($"no classification job with id {JobId}")),
                new(409, "The job has no result: it is still processing or it failed.", Error(409, "conflict", $"classification job {JobId} is not finished yet (status processing)")),
            ],
        },
        ["GET /api/classification/{id}/result.csv"] = new(Jobs, "Export a job's segments as CSV", "RFC 4180 CSV with a header row (face_id, kind, person_id, name, start_s, end_s), then one row per segment in order of start; kind is person or unknown, person_id is empty for an unknown face, name is the person's name or the unknown face's label.")
        {
            Responses =
            [
                new(200, "The CSV file.", null, "text/csv"),
                new(400, "The id is not a UUID.", BadRequest(BadId)),
                new(404, "No job has this id.", NotFound($"no classification job with id {JobId}")),
                new(409, "The job has no result: it is still processing or it failed.", Error(409, "conflict", $"classification job {JobId} is not finished yet (status processing)")),
            ],
        },
        ["PUT /api/classification/{id}"] = new(Jobs, "Change a job's name or email", "data.status tells what happens to the notification: pending (nothing sent yet; it goes to the new address), notified (already sent and the address is unchanged: nothing more is sent), notified to new email (sent to an earlier address: it is sent once to the new one). Repeating a PUT gives the same answer and sends nothing more.")
        {
            Request = new("application/json", ContactSchema, ContactUpdate),
            Responses =
            [
                new(200, "Applied; data.status is the notification state after the change.", ContactAnswer),
                new(400, "Not a JSON object with name and/or email, or an invalid value.", BadRequest("email is not a valid email address")),
                new(404, "No job has this id.", NotFound($"no classification job with id {JobId}")),
            ],
        },
        ["DELETE /api/classification/{id}"] = new(Jobs, "Delete a job's data", "Removes the job's video, frames and stored descriptors.")
        {
            Responses = [new(200, "Deleted.", Deleted), new(400, "The id is not a UUID.", BadRequest(BadId)), new(404, "No job has this id.", NotFound($"no classification job with id {JobId}"))],
        },
        ["GET /api/people"] = new(Gallery, "List the gallery", "People by name (case-insensitive), a page at a time, without descriptors. ?limit= sets the page size (1 to 1000, default 100); ?cursor= takes data.next_cursor of the previous page (null after the last page); ?name= keeps only names starting with it (case-insensitive).")
        {
            Responses = [new(200, "One page of people and the next page's cursor.", People), new(400, "A limit out of range or a cursor no page returned.", BadRequest("limit must be a whole number from 1 to 1000"))],
        },
        ["GET /api/people/{id}"] = new(Gallery, "Get a person", "One enrolled person, without descriptors.")
        {
            Responses = [new(200, "The person.", Person), new(400, "The id is not a UUID.", BadRequest(BadId)), new(404, "No person has this id.", NotFound($"no person with id {PersonId}"))],
        },
        ["POST /api/people"] = new(Gallery, "Enroll a person", "A name and one or more photos, each showing exactly one face over the enrolment quality floors; data.similar_to lists enrolled people the photos look like.")
        {
            Request = new("multipart/form-data", EnrollFormSchema),
            Responses =
            [
                new(200, "Enrolled, with the people the photos look like (likely duplicates) in similar_to.", PersonEnrolled),
                new(400, "A missing name, a photo without exactly one face (the message says how many it has), or a face too small, blurred, turned or uncertain (the message gives the numbers).", BadRequest("photo 2 must show exactly one face; found 3")),
            ],
        },
        ["POST /api/people/{id}/photos"] = new(Gallery, "Add photos of a person", "More photos, each showing exactly one face, make matching surer.")
        {
            Request = new("multipart/form-data", PhotosFormSchema),
            Responses =
            [
                new(200, "The person with the new photo count, and other people the photos look like in similar_to.", PersonEnrolled),
                new(400, "A photo without exactly one face, a face under the enrolment quality floors, or a malformed id.", BadRequest("photo refused: face too small: 31 px between the eyes, at least 40 needed")),
                new(404, "No person has this id.", NotFound($"no person with id {PersonId}")),
                new(409, "The person would hold more than 100 photos; nothing was changed.", Error(409, "conflict", "a person holds at most 100 photos; this one has 99 and 2 more were sent")),
            ],
        },
        ["PATCH /api/people/{id}"] = new(Gallery, "Rename a person", "Matching uses the new name at once.")
        {
            Request = new("application/json", RenameSchema, Rename),
            Responses =
            [
                new(200, "The renamed person.", Person),
                new(400, "Not a JSON object with a valid name, or a malformed id.", BadRequest("name must be 1 to 200 characters")),
                new(404, "No person has this id.", NotFound($"no person with id {PersonId}")),
            ],
        },
        ["POST /api/people/{id}/merge"] = new(Gallery, "Merge two people", "Moves the photos of the person named by from into this one, then deletes that person: for one person enrolled twice.")
        {
            Request = new("application/json", MergeSchema, Merge),
            Responses =
            [
                new(200, "The person merged into, with the photo count of both.", Person),
                new(400, "No from, a malformed id, or the same person twice.", BadRequest("from is required: the id of the person to merge in")),
                new(404, "One of the two people does not exist.", NotFound($"no person with id {OtherPersonId}")),
                new(409, "Together they would hold more than 100 photos; nothing was changed.", Error(409, "conflict", "the merged person would hold more than 100 photos; nothing was changed")),
            ],
        },
        ["DELETE /api/people/{id}"] = new(Gallery, "Delete a person", "Gone from matching at once, with their descriptors.")
        {
            Responses =
            [
                new(200, "Deleted.", $$"""{"status":{"code":200,"message":"success"},"id":"{{PersonId}}"}"""),
                new(400, "The id is not a UUID.", BadRequest(BadId)),
                new(404, "No person has this id.", NotFound($"no person with id {PersonId}")),
            ],
        },
        ["POST /api/people/import"] = new(Gallery, "Import many people", "An archive with one folder per person (the folder's name is the person's name; one folder around them all is stripped), each photo showing only that person, at most 100 a person. The archive (zip or tar, told by its content) streams to storage with the size cap (1 GB by default) checked as it goes; the import then runs in the background and survives restarts. Photos without exactly one face, files that are not images and folders that are not valid names are refused and listed in the import's progress.")
        {
            Request = new("multipart/form-data", () => Form(("archive", Binary("A .zip or .tar of one folder per person."), true))),
            Responses =
            [
                new(202, "Accepted: the import's id; Location is its progress. Poll GET /api/people/imports/{id}.", ImportAccepted),
                new(400, "No archive, an empty one, one past the size cap, or a body that is neither a zip nor a tar file.", BadRequest("archive is neither a zip nor a tar file")),
            ],
        },
        ["GET /api/people/imports/{id}"] = new(Gallery, "Get an import's progress", "status (queued, running, done, failed), photos read out of the archive's total (0 until it is listed), the people created with their ids, and each refused photo with its path in the archive and the reason (the first 1000; refused_count counts them all).")
        {
            Responses =
            [
                new(200, "The import.", ImportRunning),
                new(400, "The id is not a UUID.", BadRequest(BadId)),
                new(404, "No import has this id.", NotFound($"no import with id {ImportId}")),
            ],
        },
        ["POST /api/faces/detect"] = new(Engine, "Detect faces in an image", "Boxes, scores and 68 landmarks; with ?descriptors=true also each face's 128-float descriptor.")
        {
            Request = new("multipart/form-data", () => Form(("image", Binary("A JPEG or PNG."), true))),
            Responses = [new(200, "The faces.", Detected), new(400, "No image, or not a decodable image.", BadRequest("image is not a decodable image"))],
        },
        ["POST /api/faces/embed"] = new(Engine, "Describe an aligned face chip", "The 128-float descriptor of an already aligned 150x150 chip, without detection or alignment.")
        {
            Request = new("multipart/form-data", () => Form(("image", Binary("An aligned 150x150 face chip."), true))),
            Responses = [new(200, "The descriptor.", Embedded), new(400, "Not a 150x150 image.", BadRequest("image must be an aligned 150x150 face chip; got 640x480"))],
        },
        ["GET /api/admin/dead-letters"] = new(Operations, "List dead letters", "Notifications that still failed after their retries.")
        {
            Responses = [new(200, "The dead letters.", DeadLetters)],
        },
        ["POST /api/admin/dead-letters/{id}/replay"] = new(Operations, "Replay a dead letter", "Tries the notification again; result is delivered or still failing.")
        {
            Responses =
            [
                new(200, "Tried again.", Replayed),
                new(404, "No dead letter has this id.", NotFound("no dead letter with id 20260101T100041Z-webhook-1")),
            ],
        },
        ["GET /api/admin/cluster"] = new(Operations, "List the cluster's silos", "Every silo the membership table knows, with its status (active, shutting_down, dead …).")
        {
            Responses = [new(200, "The silos.", Cluster)],
        },
        ["GET /files/{key}"] = new(Jobs, "Download a stored video or frame", "Only through the signed, expiring links in a job's video_file_url and image_file_url.")
        {
            Responses =
            [
                new(200, "The file.", null, "application/octet-stream"),
                new(403, "The link has expired or its signature is wrong.", Error(403, "forbidden", "the link has expired")),
                new(404, "The file no longer exists.", NotFound("the file no longer exists")),
            ],
        },
    }.With(LearningCatalog.Endpoints);

    private static Microsoft.OpenApi.OpenApiSchema UploadFormSchema() => Form(
        ("file", Binary("The video: mp4, mov, mkv, webm or avi; at most 200 MB and 10 minutes by default."), true),
        ("name", Text("Who is asking, 1 to 200 characters.", 200), true),
        ("email", Text("Where the result is sent.", 254, "email"), true),
        ("webhook_url", Text("Optional: an http(s) URL that receives the final job state, signed with HMAC-SHA256. It must reach a public address: loopback, private and link-local hosts are refused (unless the operator allows them).", null, "uri"), false));

    private static Microsoft.OpenApi.OpenApiSchema EnrollFormSchema() => Form(
        ("name", Text("The person's name, 1 to 200 characters.", 200), true),
        ("photo", ArrayOf(Binary("A photo showing exactly one face."), "One or more photos, each as a part named photo."), true));

    private static Microsoft.OpenApi.OpenApiSchema PhotosFormSchema() => Form(
        ("photo", ArrayOf(Binary("A photo showing exactly one face."), "One or more photos, each as a part named photo."), true));

    private static Microsoft.OpenApi.OpenApiSchema RenameSchema() => Object(
        "The new name.", [("name", Text("The person's name, 1 to 200 characters.", 200), true)]);

    private static Microsoft.OpenApi.OpenApiSchema MergeSchema() => Object(
        "The person to merge in.", [("from", Text("The id of the person whose photos move here; that person is then deleted.", null, "uuid"), true)]);

    private static Dictionary<string, OperationDoc> With(this Dictionary<string, OperationDoc> endpoints, IReadOnlyDictionary<string, OperationDoc> more)
    {
        foreach (var (key, doc) in more)
        {
            endpoints.Add(key, doc);
        }

        return endpoints;
    }

    private static Microsoft.OpenApi.OpenApiSchema ContactSchema() => Object(
        "At least one of name and email.",
        [("name", Text("The new name, 1 to 200 characters.", 200), false), ("email", Text("The new address.", 254, "email"), false)]);
}
