namespace FaceClassifier.Api.OpenApi;

/// <summary>Example bodies in the seed's envelopes, with the server's real messages.</summary>
internal static class ApiExamples
{
    public const string JobId = "3f2a9c1e-8b4d-4e6f-9a7b-2c5d8e1f0a34";
    public const string PersonId = "8d0c6b3a-1f2e-4d5c-9b8a-7e6f5d4c3b2a";

    public const string OtherPersonId = "3c1e9f04-6a7b-4e2d-8f10-92b5c4d7e6a1";

    public const string ImportId = "5b1e7d2c-4a3f-4e8b-9c6d-0f2a1b3c4d5e";

    public const string ImportAccepted = $$"""{"status":{"code":202,"message":"accepted"},"id":"{{ImportId}}"}""";

    public const string ImportRunning = $$"""
        {"status":{"code":200,"message":"success"},"data":{"status":"running","progress":{"photos_done":120,"photos_total":480},
        "people":[{"person_id":"{{PersonId}}","name":"Grace Hopper"}],"refused":[{"path":"team/Alan Turing/group.jpg","reason":"2 faces found; a gallery photo must show exactly one"},
        {"path":"team/Alan Turing/notes.txt","reason":"not an image file"}],"refused_count":2,"error":null,"created_at":"2026-01-01T10:00:00+00:00","completed_at":null},
        "id":"{{ImportId}}"}
        """;

    public const string Health = """{"status":"ok"}""";

    public const string UploadForm = """{"name":"Ada Lovelace","email":"ada@example.com","webhook_url":"https://hooks.example.com/faces"}""";

    public const string Uploaded = $$"""{"status":{"code":200,"message":"success"},"id":"{{JobId}}"}""";

    public const string Deleted = Uploaded;

    public const string JobProcessing = $$"""
        {"status":{"code":200,"message":"success"},"data":{"name":"Ada Lovelace","video_file_url":"/files/videos/{{JobId}}/video?expires=1767225600&sig=k3Jd","image_file_url":null,
        "status":"processing","email":"ada@example.com","stage":"analysing","progress":{"frames_done":48,"frames_total":120},"error":null,
        "created_at":"2026-01-01T10:00:00+00:00","completed_at":null,"notification":"pending","webhook":"none","result":null,"expires_at":null},"id":"{{JobId}}"}
        """;

    public const string JobCompleted = $$$"""
        {"status":{"code":200,"message":"success"},"data":{"name":"Ada Lovelace","video_file_url":"/files/videos/{{{JobId}}}/video?expires=1767225600&sig=k3Jd",
        "image_file_url":"/files/frames/{{{JobId}}}/classified.jpg?expires=1767225600&sig=Q9zx","status":"completed","email":"ada@example.com","stage":"done",
        "progress":{"frames_done":120,"frames_total":120},"error":null,"created_at":"2026-01-01T10:00:00+00:00","completed_at":"2026-01-01T10:00:41+00:00",
        "notification":"notified","webhook":"delivered","result":{"people":[{"person_id":"{{{PersonId}}}","name":"Grace Hopper","confidence":0.87,
        "first_seen_s":0.5,"last_seen_s":3.5,"appearances":7,"best_frame_s":2.0,
        "distance":0.38,"margin":0.29,"supporting_frames":3,"face_id":"f1","segments":[{"start_s":0.5,"end_s":1.5},{"start_s":2.5,"end_s":3.5}],
        "thumbnail_url":"/files/frames/{{{JobId}}}/faces/0.jpg?expires=1767225600&sig=T0aa"}],
        "unknown_faces":[{"label":"unknown 1","appearances":3,"first_seen_s":1.0,"last_seen_s":2.0,"face_id":"f2","segments":[{"start_s":1.0,"end_s":2.0}],
        "thumbnail_url":"/files/frames/{{{JobId}}}/faces/1.jpg?expires=1767225600&sig=T1bb"}],
        "faces_detected":10,"frames_analysed":120,"duration_s":4.0},"expires_at":"2026-01-31T10:00:41+00:00"},"id":"{{{JobId}}}"}
        """;

    public const string ContactUpdate = """{"email":"ada.lovelace@example.org"}""";

    public const string ContactAnswer = $$"""
        {"status":{"code":200,"message":"success"},"data":{"name":"Ada Lovelace","email":"ada.lovelace@example.org","status":"notified to new email"},"id":"{{JobId}}"}
        """;

    public const string Person = $$"""
        {"status":{"code":200,"message":"success"},"data":{"person_id":"{{PersonId}}","name":"Grace Hopper","photos":2,
        "created_at":"2026-01-01T09:00:00+00:00","updated_at":"2026-01-01T09:05:00+00:00",
        "thumbnail_url":"https://faces.example.com/files/people/{{PersonId}}/thumbnail.jpg?expires=1767261600&sig=..."},"id":"{{PersonId}}"}
        """;

    public const string PersonEnrolled = $$"""
        {"status":{"code":200,"message":"success"},"data":{"person_id":"{{PersonId}}","name":"Grace Hopper","photos":2,
        "created_at":"2026-01-01T09:00:00+00:00","updated_at":"2026-01-01T09:05:00+00:00",
        "thumbnail_url":"https://faces.example.com/files/people/{{PersonId}}/thumbnail.jpg?expires=1767261600&sig=...",
        "similar_to":[{"person_id":"{{OtherPersonId}}","name":"G. Hopper","distance":0.2231}]},"id":"{{PersonId}}"}
        """;

    public const string Rename = """{"name":"Grace Brewster Hopper"}""";

    public const string Merge = $$"""{"from":"{{OtherPersonId}}"}""";

    public const string People = $$$"""
        {"status":{"code":200,"message":"success"},"data":{"people":[{"person_id":"{{{PersonId}}}","name":"Grace Hopper","photos":2,
        "created_at":"2026-01-01T09:00:00+00:00","updated_at":"2026-01-01T09:05:00+00:00","thumbnail_url":null}],
        "next_cursor":"OGE3ZjJjNjQtMWQ5Yi00YjBlLTlmMmUtNWQ2YzNhMWI0ZTdmCkdyYWNlIEhvcHBlcg"}}
        """;

    public const string JobList = $$$"""
        {"status":{"code":200,"message":"success"},"data":{"jobs":[{"id":"{{{JobId}}}","name":"Ada Lovelace","status":"completed",
        "created_at":"2026-01-01T10:00:00+00:00","completed_at":"2026-01-01T10:00:41+00:00","people":["Grace Hopper"]}],
        "next_cursor":"MDYzOTAyODU4NDAwMDAwMDAwMC0zZjJhOWMxZThiNGQ0ZTZmOWE3YjJjNWQ4ZTFmMGEzNA"}}
        """;

    public const string Detected = """
        {"status":{"code":200,"message":"success"},"data":{"width":640,"height":480,"faces":[{"box":{"x":212.4,"y":96.1,"width":140.2,"height":171.9},
        "score":0.98,"landmarks":[{"x":221.3,"y":151.0},{"x":222.9,"y":172.4}]}]}}
        """;

    public const string Embedded = """{"status":{"code":200,"message":"success"},"data":{"descriptor":[-0.0913,0.1167,0.0402]}}""";

    public const string DeadLetters = $$"""
        {"status":{"code":200,"message":"success"},"data":[{"id":"20260101T100041Z-webhook-1","job_id":"{{JobId}}","kind":"webhook",
        "target":"https://hooks.example.com/faces","attempts":5,"last_error":"HTTP 503","created_at":"2026-01-01T10:02:00+00:00","replayed":false}]}
        """;

    public const string Cluster = """
        {"status":{"code":200,"message":"success"},"data":[{"address":"10.0.1.12:11111@122","name":"ip-10-0-1-12","host_name":"ip-10-0-1-12",
        "status":"active","started_at":"2026-01-01T09:00:00Z","last_alive_at":"2026-01-01T10:00:00Z"}]}
        """;

    public const string Replayed = $$$"""
        {"status":{"code":200,"message":"success"},"data":{"id":"20260101T100041Z-webhook-1","result":"delivered","letter":{"id":"20260101T100041Z-webhook-1",
        "job_id":"{{{JobId}}}","kind":"webhook","target":"https://hooks.example.com/faces","attempts":6,"last_error":null,"created_at":"2026-01-01T10:02:00+00:00","replayed":true}},
        "id":"20260101T100041Z-webhook-1"}
        """;

    public static string Error(int code, string message, string error) =>
        $$"""{"status":{"code":{{code}},"message":"{{message}}"},"error":"{{error}}"}""";

    public static string BadRequest(string error) => Error(400, "bad request", error);

    public static string NotFound(string error) => Error(404, "not found", error);

    public static string Unauthorized { get; } = Error(401, "unauthorized", "the X-Api-Key header is required");

    public const string InternalError = """{"status":{"code":500,"message":"internal server error"}}""";
}
