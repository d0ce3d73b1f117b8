using FaceClassifier.Blobs.Local;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Reminders.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Tests.Grains.Reminders.Files;

/// <summary>The file reminder table: the contract, over one fresh folder per test, and its ring-range arithmetic.</summary>
[Trait("Kind", "unit")]
public sealed class FileReminderTableTests : ReminderTableContract, IDisposable
{
    private readonly string _root = TestAssets.TempDirectory();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(10u, 10u, 20u, false)]
    [InlineData(11u, 10u, 20u, true)]
    [InlineData(20u, 10u, 20u, true)]
    [InlineData(21u, 10u, 20u, false)]
    [InlineData(5u, 20u, 10u, true)]
    [InlineData(25u, 20u, 10u, true)]
    [InlineData(15u, 20u, 10u, false)]
    [InlineData(7u, 7u, 7u, true)]
    public void Ring_ranges_exclude_begin_include_end_and_wrap(uint hash, uint begin, uint end, bool inside) =>
        Assert.Equal(inside, FileReminderTable.InRange(hash, begin, end));

    protected override IReminderTable Table() => new FileReminderTable(
        new DataDirectory(_root),
        Options.Create(new ClusterOptions { ServiceId = "tests" }),
        NullLogger<FileReminderTable>.Instance);
}
