using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.Email;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace FaceClassifier.Tests.Notifications;

/// <summary>Results and inputs cross grain calls, so they must survive Orleans serialization unchanged.</summary>
[Trait("Kind", "unit")]
public sealed class NotificationWireTypeTests
{
    private readonly Serializer _serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(DeadLetter).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void ResultsAndDeadLetters_RoundTrip()
    {
        var letter = new DeadLetter(Guid.NewGuid(), NotificationKind.Webhook, Guid.NewGuid(), "http://127.0.0.1:9/h", "{}",
            "HTTP 500", 5, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1));
        var result = new NotificationResult(NotificationKind.Email, false, 3, "SMTP 451", Guid.NewGuid());
        var replay = new ReplayResult(ReplayStatus.StillFailing, 2, letter);
        var mail = new EmailMessage("a@example.test", "A", "S", "T", "<p>H</p>");

        Assert.Equal(letter, RoundTrip(letter));
        Assert.Equal(result, RoundTrip(result));
        Assert.Equal(replay, RoundTrip(replay));
        Assert.Equal(mail, RoundTrip(mail));
    }

    private T RoundTrip<T>(T value) where T : class => _serializer.Deserialize<T>(_serializer.SerializeToArray(value))!;
}
