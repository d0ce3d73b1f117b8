using FaceClassifier.Jobs;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Grains.Jobs;

/// <summary>Many concurrent PUTs while the notifier is sending: no lost update, at most one mail per address.</summary>
[Trait("Kind", "integration")]
[Collection(ServiceClusterCollection.Name)]
public sealed class PutRaceTests(ServiceClusterFixture fixture, ITestOutputHelper output)
{
    private readonly IGrainFactory _grains = fixture.Client;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Concurrent_puts_racing_the_notifier_lose_no_update_and_mail_each_address_once(int round)
    {
        var id = Guid.NewGuid();
        var script = fixture.Analysis.For(id).Hold();
        var job = _grains.GetGrain<IClassificationJob>(id);
        await job.SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);
        var addresses = Enumerable.Range(0, 6).Select(i => $"racer{i}-{round}@example.com").ToArray();

        // Release the analysis and fire waves of concurrent PUTs until the notifier has sent something,
        // and a few waves more, so that PUTs land before, during and after claims and sends.
        script.Release.SetResult();
        var deadline = DateTime.UtcNow + Poll.DefaultTimeout;
        var puts = 0;
        for (var extraWaves = 3; extraWaves > 0; extraWaves -= fixture.Channel.EmailsFor(id).Count > 0 ? 1 : 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the notifier never sent while PUTs were racing it");
            var wave = Enumerable.Range(puts, 12)
                .Select(i => job.UpdateContactAsync(new ContactUpdate($"Name {i}", addresses[i % addresses.Length])))
                .ToArray();
            puts += wave.Length;
            Assert.All(await Task.WhenAll(wave), o => Assert.NotNull(o));
        }

        var last = await job.UpdateContactAsync(new ContactUpdate("Final Name", $"final-{round}@example.com"));
        Assert.Equal(("Final Name", $"final-{round}@example.com"), (last!.Name, last.Email));

        var finalMail = await Poll.UntilAsync(
            () => Task.FromResult(fixture.Channel.EmailsFor(id).FirstOrDefault(m => m.Email == $"final-{round}@example.com")),
            "the mail to the last address");
        var done = await TestJobs.WaitForDoneAsync(_grains, id);

        Assert.Equal("Final Name", finalMail.Job.Name);
        Assert.Equal(("Final Name", $"final-{round}@example.com"), (done.Name, done.Email));
        var mails = fixture.Channel.EmailsFor(id);
        output.WriteLine($"{puts} racing PUTs, {mails.Count} mails: {string.Join(", ", mails.Select(m => m.Email))}");
        Assert.All(mails.GroupBy(m => m.Email, StringComparer.OrdinalIgnoreCase), g => Assert.Single(g));
        Assert.All(mails, m => Assert.Contains(m.Email, addresses.Append("first@example.com").Append($"final-{round}@example.com")));
        Assert.Equal(NotificationState.NotifiedToNewEmail, done.Notification);
    }
}
