using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaceClassifier.Jobs.Index.Files;

/// <summary>One job's entry as a small JSON file; every property must be present (completedAt may be null).</summary>
internal static class JobIndexFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static byte[] Serialize(JobIndexEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Json);

    /// <summary>The entry in <paramref name="bytes"/>, or null with the reason when it is not the entry at <paramref name="position"/>.</summary>
    public static JobIndexEntry? Deserialize(byte[] bytes, JobIndexPosition position, out string error)
    {
        try
        {
            var entry = JsonSerializer.Deserialize<JobIndexEntry>(bytes, Json) ?? throw new InvalidDataException("The file holds null.");
            if (entry.Position != position)
            {
                throw new InvalidDataException($"The file holds job {entry.JobId} created at {entry.CreatedAt:O}.");
            }

            error = "";
            return entry;
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            error = exception.Message;
            return null;
        }
    }
}
