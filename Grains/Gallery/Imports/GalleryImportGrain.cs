using FaceClassifier.Analysis;
using FaceClassifier.Blobs;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Gallery.Thumbnails;
using FaceClassifier.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Gallery.Imports;

/// <summary>
/// One bulk import: lists the stored archive, then goes folder by folder, photo by photo, and enrols each folder's
/// person once its photos are read. The run is a grain timer that interleaves, so progress reads are answered while
/// it works; photos are read and analysed on the silo's <see cref="AnalysisThreads"/>. Progress is saved every few photos; after a crash the
/// activation (or the resume reminder) runs again from the last save, and a person enrolled after it is found under
/// the same derived id (Exists), so nothing is lost and nobody is enrolled twice.
/// </summary>
public sealed partial class GalleryImportGrain(
    [PersistentState("import", StorageNames.Gallery)] IPersistentState<ImportState> state,
    IGallery gallery,
    IBlobStore blobs,
    ImportPhotoAnalysis photos,
    AnalysisThreads threads,
    PersonThumbnails thumbnails,
    IOptions<ImportOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<GalleryImportGrain> logger) : Grain, IGalleryImportGrain, IRemindable
{
    private const string ResumeReminder = "resume";
    private IGrainTimer? _run;

    private ImportState S => state.State;

    private Guid Id => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists && !S.IsFinished)
        {
            StartRun();
        }

        return Task.CompletedTask;
    }

    public async Task<ImportProgress> StartAsync(string archiveKey)
    {
        if (!state.RecordExists)
        {
            state.State = new ImportState { Status = ImportStatus.Queued, ArchiveKey = archiveKey, CreatedAt = time.GetUtcNow() };
            await state.WriteStateAsync();
            var period = options.Value.ResumeCheckPeriod;
            await this.RegisterOrUpdateReminder(ResumeReminder, period, period);
            LogQueued(logger, Id);
            StartRun();
        }

        return S.Progress();
    }

    public Task<ImportProgress?> GetAsync() => Task.FromResult(state.RecordExists ? S.Progress() : null);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ResumeReminder)
        {
            return;
        }

        if (!state.RecordExists || S.IsFinished)
        {
            await StopReminderAsync();
            return;
        }

        StartRun();
    }

    private void StartRun() =>
        _run ??= this.RegisterGrainTimer(
            RunAsync,
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });

    private async Task RunAsync(CancellationToken timerToken)
    {
        // Stop with the host, not after it: a crash-like stop, resumed from the last save.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(timerToken, lifetime.ApplicationStopping);
        try
        {
            await ImportAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            LogStopped(logger, Id, S.PhotosDone);
        }
        catch (Exception ex)
        {
            LogRunFailed(logger, ex, Id, S.PhotosDone);
            await RecordFailureAsync();
        }
        finally
        {
            _run?.Dispose();
            _run = null;
        }
    }

    private async Task RecordFailureAsync()
    {
        try
        {
            // Back to the last save, as a crash would leave it; the next run starts there.
            await state.ReadStateAsync();
            var failures = S.FailedAt == S.PhotosDone ? S.Failures + 1 : 1;
            if (failures >= options.Value.MaxAttempts)
            {
                await FinishAsync(ImportStatus.Failed, $"the import failed {failures} times at photo {S.PhotosDone + 1}; see the server log");
                return;
            }

            state.State = S with { Failures = failures, FailedAt = S.PhotosDone };
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            LogRunFailed(logger, ex, Id, S.PhotosDone); // the reminder tries again
        }
    }

    private async Task FinishAsync(ImportStatus status, string? error)
    {
        state.State = S with { Status = status, Error = error, CompletedAt = time.GetUtcNow(), Descriptors = [] };
        await state.WriteStateAsync();
        LogFinished(logger, Id, status, S.PhotosDone, S.People.Length, S.RefusedCount);
        try
        {
            await blobs.DeletePrefixAsync(BlobKeys.ImportFolder(Id));
        }
        catch (Exception ex)
        {
            LogArchiveNotDeleted(logger, ex, Id);
        }

        await StopReminderAsync();
    }

    private async Task StopReminderAsync()
    {
        if (await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    // Work that blocks or burns CPU runs on the thread pool; on shutdown the run stops waiting for it at once.
    private Task<T> OffSchedulerAsync<T>(Func<T> work, CancellationToken cancellationToken) =>
        threads.RunAsync(work, cancellationToken).WaitAsync(cancellationToken);
}
