using FaceClassifier.Blobs;
using FaceClassifier.Gallery.Storage;

namespace FaceClassifier.Gallery.Imports;

/// <summary>One run over the archive, from the saved cursor to the end.</summary>
public sealed partial class GalleryImportGrain
{
    private async Task ImportAsync(CancellationToken cancellationToken)
    {
        string path;
        try
        {
            path = await blobs.GetLocalPathAsync(S.ArchiveKey, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            await FinishAsync(ImportStatus.Failed, "the archive is no longer stored");
            return;
        }

        PhotoArchive archive;
        ImportPlan plan;
        try
        {
            (archive, plan) = await OffSchedulerAsync(() => List(path), cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            await FinishAsync(ImportStatus.Failed, ex.Message);
            return;
        }

        using (archive)
        {
            await BeginAsync(plan);
            var unsaved = 0;
            while (S.Folder < plan.Folders.Count)
            {
                var folder = plan.Folders[S.Folder];
                var personId = ImportedPersonIds.For(Id, folder.FolderName);
                while (S.Photo < folder.Photos.Count)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await ImportPhotoAsync(archive, personId, folder.Photos[S.Photo], cancellationToken);
                    if (++unsaved >= options.Value.CheckpointPhotos)
                    {
                        await state.WriteStateAsync();
                        unsaved = 0;
                    }
                }

                if (S.Descriptors.Length > 0)
                {
                    await EnrolAsync(personId, folder);
                }

                state.State = S with { Folder = S.Folder + 1, Photo = 0, Descriptors = [], HasThumbnail = false };
            }
        }

        await FinishAsync(ImportStatus.Done, null);
    }

    private static (PhotoArchive Archive, ImportPlan Plan) List(string path)
    {
        var archive = PhotoArchive.Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete));
        return (archive, ImportPlan.From(archive.Files));
    }

    /// <summary>The first run records the plan's total and refusals; every run marks the import running.</summary>
    private async Task BeginAsync(ImportPlan plan)
    {
        if (S.Planned)
        {
            if (S.Status == ImportStatus.Queued)
            {
                state.State = S with { Status = ImportStatus.Running };
            }

            return;
        }

        var next = S with { Status = ImportStatus.Running, Planned = true, PhotosTotal = plan.PhotoCount };
        foreach (var refused in plan.Refused)
        {
            next = next.Refuse(refused.Path, refused.Reason);
        }

        state.State = next;
        await state.WriteStateAsync();
        LogPlanned(logger, Id, plan.PhotoCount, plan.Folders.Count);
    }

    private async Task ImportPhotoAsync(PhotoArchive archive, Guid personId, ArchiveFile file, CancellationToken cancellationToken)
    {
        if (S.Descriptors.Length >= GalleryRecords.MaxDescriptorsPerPerson)
        {
            state.State = S.Refuse(file.Path, ImportPhotoAnalysis.TooManyPhotos) with { Photo = S.Photo + 1 };
            return;
        }

        var withThumbnail = !S.HasThumbnail;
        var maxBytes = options.Value.MaxPhotoBytes;
        var outcome = await OffSchedulerAsync(() => photos.Analyze(archive, file, maxBytes, withThumbnail), cancellationToken);
        if (outcome.Descriptor is not { } descriptor)
        {
            state.State = S.Refuse(file.Path, outcome.Refusal!) with { Photo = S.Photo + 1 };
            return;
        }

        if (outcome.Thumbnail is { } jpeg)
        {
            await thumbnails.StoreAsync(personId, jpeg, cancellationToken);
        }

        state.State = S with
        {
            Descriptors = [.. S.Descriptors, descriptor],
            HasThumbnail = S.HasThumbnail || outcome.Thumbnail is not null,
            PhotosDone = S.PhotosDone + 1,
            Photo = S.Photo + 1,
        };
    }

    private async Task EnrolAsync(Guid personId, ImportFolder folder)
    {
        var thumbnail = S.HasThumbnail ? BlobKeys.PersonThumbnail(personId) : null;
        var write = await gallery.EnrolAsync(personId, folder.Name, S.Descriptors, thumbnail);

        // Exists: this run is a resumed one and the person was enrolled after the last save (the id is this import's own).
        if (write.Status is not (PersonWriteStatus.Done or PersonWriteStatus.Exists))
        {
            throw new InvalidOperationException($"Enrolling folder {S.Folder} of import {Id} answered {write.Status}.");
        }

        var id = personId.ToString();
        if (!S.People.Any(p => p.PersonId == id))
        {
            state.State = S with { People = [.. S.People, new ImportedPerson(id, folder.Name)] };
        }

        LogEnrolled(logger, Id, id, S.Descriptors.Length, write.Status);
    }
}
