using FaceClassifier.Streaming;

namespace FaceClassifier.Aws.Sqs;

/// <summary>One holder's claim on a received message, kept invisible by the <see cref="VisibilityKeeper"/> until released.</summary>
/// <param name="Message">The message held.</param>
/// <param name="Lost">Called when SQS no longer knows the receipt (deleted, or lapsed and received elsewhere), with SQS's code and reason.</param>
public sealed record VisibilityHold(ILeasedMessageToken Message, Action<VisibilityHold, string?, string?> Lost);
