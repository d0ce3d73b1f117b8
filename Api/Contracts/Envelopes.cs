using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Contracts;

/// <summary>The "status" object of every response.</summary>
public sealed record ApiStatus(int Code, string Message)
{
    public static ApiStatus Success { get; } = new(200, "success");

    public static ApiStatus Accepted { get; } = new(202, "accepted");

    public static ApiStatus BadRequest { get; } = new(400, "bad request");

    public static ApiStatus Unauthorized { get; } = new(401, "unauthorized");

    public static ApiStatus Forbidden { get; } = new(403, "forbidden");

    public static ApiStatus NotFound { get; } = new(404, "not found");

    public static ApiStatus Conflict { get; } = new(409, "conflict");

    public static ApiStatus TooManyRequests { get; } = new(429, "too many requests");

    public static ApiStatus InternalError { get; } = new(500, "internal server error");

    public static ApiStatus ServiceUnavailable { get; } = new(503, "service unavailable");
}

/// <summary>{"status", "id"}: upload, delete and accepted-import answers.</summary>
public sealed record IdEnvelope(ApiStatus Status, string Id);

/// <summary>{"status", "data", "id"}: one resource.</summary>
public sealed record DataEnvelope<T>(ApiStatus Status, T Data, string Id);

/// <summary>{"status", "data"}: lists and results without one id.</summary>
public sealed record ListEnvelope<T>(ApiStatus Status, T Data);

/// <summary>{"status", "error"}: 400, 401, 403, 404, 409 and 429 answers.</summary>
public sealed record ErrorEnvelope(ApiStatus Status, string Error);

/// <summary>{"status"}: the 500 answer, with nothing about the failure.</summary>
public sealed record StatusEnvelope(ApiStatus Status);

/// <summary>Typed results in the envelopes.</summary>
public static class Envelope
{
    public static Ok<DataEnvelope<T>> Ok<T>(T data, string id) => TypedResults.Ok(new DataEnvelope<T>(ApiStatus.Success, data, id));

    public static Ok<IdEnvelope> Ok(string id) => TypedResults.Ok(new IdEnvelope(ApiStatus.Success, id));

    /// <summary>202 with the id of work that goes on in the background, and where to follow it.</summary>
    public static Accepted<IdEnvelope> Accepted(string id, string location) =>
        TypedResults.Accepted(location, new IdEnvelope(ApiStatus.Accepted, id));

    public static Ok<ListEnvelope<T>> List<T>(T data) => TypedResults.Ok(new ListEnvelope<T>(ApiStatus.Success, data));

    public static BadRequest<ErrorEnvelope> BadRequest(string error) => TypedResults.BadRequest(new ErrorEnvelope(ApiStatus.BadRequest, error));

    public static NotFound<ErrorEnvelope> NotFound(string error) => TypedResults.NotFound(new ErrorEnvelope(ApiStatus.NotFound, error));

    public static Conflict<ErrorEnvelope> Conflict(string error) => TypedResults.Conflict(new ErrorEnvelope(ApiStatus.Conflict, error));

    public static JsonHttpResult<ErrorEnvelope> Error(ApiStatus status, string error) =>
        TypedResults.Json(new ErrorEnvelope(status, error), statusCode: status.Code);
}
