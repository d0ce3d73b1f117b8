namespace FaceClassifier.Notifications.Email;

/// <summary>A JPEG carried inside a mail and shown by its HTML body as <c>cid:</c><see cref="ContentId"/>, so it
/// displays without the mail client loading anything from the service.</summary>
/// <param name="ContentId">The image's Content-ID, unique within the mail.</param>
/// <param name="Jpeg">The image.</param>
[GenerateSerializer, Alias("fc.InlineImage")]
public sealed record InlineImage([property: Id(0)] string ContentId, [property: Id(1)] byte[] Jpeg);
