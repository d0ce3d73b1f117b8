using static FaceClassifier.Api.OpenApi.ApiExamples;
using static FaceClassifier.Api.OpenApi.DocSchemas;

namespace FaceClassifier.Api.OpenApi;

/// <summary>The documentation of naming and rejecting a job's faces, and of a person's appearances in past jobs.</summary>
internal static class LearningCatalog
{
    private const string FaceAnswer = $$"""{"status":{"code":200,"message":"success"},"data":{"person_id":"{{PersonId}}","name":"Grace Hopper"},"id":"{{JobId}}"}""";

    private const string Appearances = $$"""
        {"status":{"code":200,"message":"success"},"data":{"appearances":[{"job_id":"{{JobId}}","face_id":"f2","first_seen_s":5.0,"last_seen_s":105.0,
        "segments":[{"start_s":5.0,"end_s":12.0},{"start_s":90.0,"end_s":105.0}]}],"refreshing":false,"refreshed_at":"2026-01-01T09:05:00+00:00"},"id":"{{PersonId}}"}
        """;

    private const string BadJob = "id is not a valid id (expected a UUID)";

    public static IReadOnlyDictionary<string, OperationDoc> Endpoints { get; } = new Dictionary<string, OperationDoc>(StringComparer.OrdinalIgnoreCase)
    {
        ["POST /api/classification/{id}/faces/{faceId}/name"] = new(ApiCatalog.Jobs, "Name an unknown face", "Creates a person called name from the face's good frames, or adds them to the person person_id (exactly one of the two). The job's result then lists the face under people, with confidence 1, distance 0, no margin and no supporting frames (named by hand), and no longer under unknown_faces.")
        {
            Request = new("application/json", NameSchema, """{"name":"Grace Hopper"}"""),
            Responses =
            [
                new(200, "The person the face now is.", FaceAnswer),
                new(400, "Not a JSON object with exactly one of name and person_id, an invalid name, or a malformed id.", BadRequest("exactly one of name (a new person) or person_id (an existing one) is required")),
                new(404, "No job, no such face in it, or no person with person_id.", NotFound($"no face f9 in classification job {JobId}")),
                new(409, "The face is already named, the job has not completed, the face has no good frame, or the person would pass 100 photos.", Error(409, "conflict", $"face f2 is already named Grace Hopper ({PersonId}); reject that first to name it otherwise")),
            ],
        },
        ["POST /api/classification/{id}/faces/{faceId}/reject"] = new(ApiCatalog.Jobs, "Reject a match", "The face is not person_id: it moves to unknown_faces with a new label, and neither this job nor the person's appearances name it so again.")
        {
            Request = new("application/json", RejectSchema, $$"""{"person_id":"{{PersonId}}"}"""),
            Responses =
            [
                new(200, "The person the face was named.", FaceAnswer),
                new(400, "Not a JSON object with person_id, or a malformed id.", BadRequest("person_id is required: the person this face is not")),
                new(404, "No job, no such face in it, or no person with person_id.", NotFound($"no face f9 in classification job {JobId}")),
                new(409, "The face is named someone else or nobody, or the job has not completed.", Error(409, "conflict", $"face f2 is named Ada Lovelace ({OtherPersonId}), not {PersonId}")),
            ],
        },
        ["GET /api/people/{id}/appearances"] = new(ApiCatalog.Gallery, "A person's appearances in past jobs", "Every stored job in which the person appears, newest first, including jobs processed before they were enrolled or named: found by matching the jobs' stored face descriptors with the gallery (the jobs' own rule), never by processing a video again. Brought up to date in the background when the person is created, gets photos, is merged or renamed, and when a job finishes; refreshing is true while that is still under way.")
        {
            Responses =
            [
                new(200, "The appearances.", Appearances),
                new(400, "The id is not a UUID.", BadRequest(BadJob)),
                new(404, "No person has this id.", NotFound($"no person with id {PersonId}")),
            ],
        },
    };

    private static Microsoft.OpenApi.OpenApiSchema NameSchema() => Object(
        "Exactly one of name and person_id.",
        [
            ("name", Text("A new person's name, 1 to 200 characters.", 200), false),
            ("person_id", Text("An existing person who gets the face's good frames as photos.", null, "uuid"), false),
        ]);

    private static Microsoft.OpenApi.OpenApiSchema RejectSchema() => Object(
        "The person the face is not.", [("person_id", Text("The id of the person the face was named.", null, "uuid"), true)]);
}
