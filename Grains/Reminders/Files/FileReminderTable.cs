using System.Text.Json;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Reminders.Files;

/// <summary>
/// The reminder table in one local JSON file per service, so reminders survive a restart in the embedded
/// mode (the in-memory table forgets them). All rows live in memory; every change rewrites the file
/// atomically. One process owns the file.
/// </summary>
public sealed partial class FileReminderTable(DataDirectory data, IOptions<ClusterOptions> cluster, ILogger<FileReminderTable> logger) : IReminderTable
{
    private readonly string _path = Path.Combine(data.Reminders, $"{FileName(cluster.Value.ServiceId)}.json");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<(GrainId Grain, string Name), ReminderEntry>? _rows;

    public Task Init() => WithRowsAsync(_ => 0);

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        WithRowsAsync(rows => new ReminderTableData(rows.Values.Where(r => r.GrainId == grainId).Select(Copy)));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        WithRowsAsync(rows => new ReminderTableData(rows.Values.Where(r => InRange(r.GrainId.GetUniformHashCode(), begin, end)).Select(Copy)));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        WithRowsAsync(rows => rows.TryGetValue((grainId, reminderName), out var row) ? Copy(row) : null);

    public Task<string?> UpsertRow(ReminderEntry entry) => WithRowsAsync<string?>(async rows =>
    {
        var row = Copy(entry);
        row.ETag = Guid.NewGuid().ToString("N");
        rows[(row.GrainId, row.ReminderName)] = row;
        await SaveAsync(rows);
        return row.ETag;
    });

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => WithRowsAsync(async rows =>
    {
        if (!rows.TryGetValue((grainId, reminderName), out var row) || row.ETag != eTag)
        {
            return false;
        }

        rows.Remove((grainId, reminderName));
        await SaveAsync(rows);
        return true;
    });

    public Task TestOnlyClearTable() => WithRowsAsync(async rows =>
    {
        rows.Clear();
        await SaveAsync(rows);
        return 0;
    });

    /// <summary>The ring range (begin, end], wrapping past uint.MaxValue when begin >= end.</summary>
    internal static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private Task<T> WithRowsAsync<T>(Func<Dictionary<(GrainId, string), ReminderEntry>, T> action) =>
        WithRowsAsync(rows => Task.FromResult(action(rows)));

    private async Task<T> WithRowsAsync<T>(Func<Dictionary<(GrainId, string), ReminderEntry>, Task<T>> action)
    {
        await _gate.WaitAsync();
        try
        {
            _rows ??= await LoadAsync();
            return await action(_rows);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Dictionary<(GrainId, string), ReminderEntry>> LoadAsync()
    {
        if (!File.Exists(_path))
        {
            return [];
        }

        await using var stream = File.OpenRead(_path);
        var rows = await JsonSerializer.DeserializeAsync<List<StoredRow>>(stream) ?? [];
        LogLoaded(logger, rows.Count, _path);
        return rows.Select(r => r.ToEntry()).ToDictionary(r => (r.GrainId, r.ReminderName));
    }

    private Task SaveAsync(Dictionary<(GrainId, string), ReminderEntry> rows) =>
        AtomicFile.WriteAsync(_path, stream => JsonSerializer.SerializeAsync(stream, rows.Values.Select(StoredRow.From).ToList()));

    private static ReminderEntry Copy(ReminderEntry e) => new()
    {
        GrainId = e.GrainId,
        ReminderName = e.ReminderName,
        StartAt = e.StartAt,
        Period = e.Period,
        ETag = e.ETag,
    };

    private static string FileName(string serviceId) =>
        new([.. serviceId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);

    private sealed record StoredRow(string GrainId, string Name, DateTime StartAt, TimeSpan Period, string ETag)
    {
        public static StoredRow From(ReminderEntry e) => new(e.GrainId.ToString(), e.ReminderName, e.StartAt, e.Period, e.ETag ?? "");

        public ReminderEntry ToEntry() => new()
        {
            GrainId = Orleans.Runtime.GrainId.Parse(GrainId),
            ReminderName = Name,
            StartAt = DateTime.SpecifyKind(StartAt, DateTimeKind.Utc),
            Period = Period,
            ETag = ETag,
        };
    }
}
