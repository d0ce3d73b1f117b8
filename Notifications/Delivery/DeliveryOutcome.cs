namespace FaceClassifier.Notifications.Delivery;

/// <summary>What one delivery cycle (all its attempts) came to.</summary>
internal readonly record struct DeliveryOutcome(bool Delivered, int Attempts, string? LastError);
