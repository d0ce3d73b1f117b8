using System.Text.Json;

namespace FaceClassifier.Gallery.Storage.Files;

/// <summary>
/// A person's file: JSON with the descriptors as <see cref="GalleryRecords.EncodeDescriptors"/> bytes (base64),
/// <see cref="Dimension"/> floats a row. Every property must be present (the thumbnail may be null).
/// </summary>
internal sealed record PersonFile(
    string PersonId, string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Dimension, byte[] Descriptors, string? ThumbnailKey)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static byte[] Serialize(StoredPerson person) => JsonSerializer.SerializeToUtf8Bytes(
        new PersonFile(
            person.PersonId,
            person.Name,
            person.CreatedAt,
            person.UpdatedAt,
            person.Descriptors.Count == 0 ? 0 : person.Descriptors[0].Length,
            GalleryRecords.EncodeDescriptors(person.Descriptors),
            person.ThumbnailKey),
        Json);

    /// <summary>The person in <paramref name="bytes"/>, or null with the reason when it is not the file of <paramref name="personId"/>.</summary>
    public static StoredPerson? Deserialize(byte[] bytes, string personId, out string error)
    {
        try
        {
            var file = JsonSerializer.Deserialize<PersonFile>(bytes, Json) ?? throw new InvalidDataException("The file holds null.");
            if (file.PersonId != personId)
            {
                throw new InvalidDataException($"The file holds person '{file.PersonId}'.");
            }

            error = "";
            var descriptors = file.Dimension == 0 && file.Descriptors.Length == 0 ? [] : GalleryRecords.DecodeDescriptors(file.Descriptors, file.Dimension);
            return new StoredPerson(file.PersonId, file.Name, file.CreatedAt, file.UpdatedAt, descriptors, file.ThumbnailKey);
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            error = exception.Message;
            return null;
        }
    }
}
