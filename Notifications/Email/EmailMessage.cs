namespace FaceClassifier.Notifications.Email;

/// <summary>A mail to one recipient with a plain-text and an HTML body.</summary>
/// <param name="ToAddress">The recipient's address.</param>
/// <param name="ToName">The recipient's display name, if known.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="HtmlBody">The HTML body; user-supplied values in it must already be HTML-encoded.</param>
/// <param name="Images">The images the HTML body shows by Content-ID.</param>
[GenerateSerializer, Alias("fc.EmailMessage")]
public sealed record EmailMessage(
    [property: Id(0)] string ToAddress,
    [property: Id(1)] string? ToName,
    [property: Id(2)] string Subject,
    [property: Id(3)] string TextBody,
    [property: Id(4)] string HtmlBody,
    [property: Id(5)] IReadOnlyList<InlineImage>? Images = null);
