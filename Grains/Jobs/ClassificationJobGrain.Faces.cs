using FaceClassifier.Gallery;
using FaceClassifier.Learning;

namespace FaceClassifier.Jobs;

/// <summary>
/// The API's side for faces: naming an unknown face (its stored good frames become gallery photos) and rejecting a
/// match; both change the result in this turn and the face archive after it, and tell the person's appearances.
/// </summary>
/// <remarks>
/// A face named by hand is reported with confidence 1, distance 0, no margin and no supporting frames: no match decided it.
/// </remarks>
public sealed partial class ClassificationJobGrain
{
    public async Task<FaceEditOutcome> NameFaceAsync(FaceNaming naming)
    {
        if (Editable() is { } refused)
        {
            return refused;
        }

        var result = S.Result!;
        if (result.People.FirstOrDefault(p => p.FaceId == naming.FaceId) is { } named)
        {
            return new FaceEditOutcome(FaceEditStatus.AlreadyNamed, named.PersonId, named.Name);
        }

        if (result.UnknownFaces.FirstOrDefault(u => u.FaceId == naming.FaceId) is not { } unknown)
        {
            return new FaceEditOutcome(FaceEditStatus.FaceNotFound);
        }

        var archive = await archives.ReadAsync(Id);
        if (archive?.Find(naming.FaceId) is not { Evidence.Count: > 0 } face)
        {
            return new FaceEditOutcome(FaceEditStatus.NoEvidence);
        }

        var written = naming.PersonId is { } existing
            ? await gallery.AddDescriptorsAsync(existing, face.Evidence)
            : await gallery.EnrolAsync(Guid.NewGuid(), naming.Name!, face.Evidence);
        switch (written.Status)
        {
            case PersonWriteStatus.NotFound:
                return new FaceEditOutcome(FaceEditStatus.PersonNotFound);
            case PersonWriteStatus.TooManyPhotos:
                return new FaceEditOutcome(FaceEditStatus.TooManyPhotos, written.Person?.PersonId, written.Person?.Name, $"{face.Evidence.Count}");
        }

        var person = written.Person!;
        var entry = new PersonResult(
            person.PersonId, person.Name, 1, unknown.FirstSeenS, unknown.LastSeenS, unknown.Appearances, face.BestFrameS, ThumbnailKey: unknown.ThumbnailKey)
        {
            FaceId = unknown.FaceId,
            Segments = unknown.Segments,
        };
        state.State = S with
        {
            Result = result with
            {
                People = [.. result.People.Append(entry).OrderBy(p => p.FirstSeenS)],
                UnknownFaces = [.. result.UnknownFaces.Where(u => u != unknown)],
            },
        };
        await SaveAsync();
        await archives.WriteAsync(archive.With(face with
        {
            NamedPersonId = person.PersonId,
            RejectedPersonIds = [.. face.RejectedPersonIds.Where(r => r != person.PersonId)],
        }));
        await GrainFactory.GetGrain<IPersonAppearancesGrain>(Guid.Parse(person.PersonId)).UpdateJobAsync(Id);
        return new FaceEditOutcome(FaceEditStatus.Done, person.PersonId, person.Name);
    }

    public async Task<FaceEditOutcome> RejectFaceAsync(string faceId, Guid personId)
    {
        if (Editable() is { } refused)
        {
            return refused;
        }

        var result = S.Result!;
        var id = personId.ToString();
        var named = result.People.FirstOrDefault(p => p.FaceId == faceId);
        if (named is null && result.UnknownFaces.All(u => u.FaceId != faceId))
        {
            return new FaceEditOutcome(FaceEditStatus.FaceNotFound);
        }

        if (named?.PersonId != id)
        {
            return await gallery.GetAsync(personId) is null
                ? new FaceEditOutcome(FaceEditStatus.PersonNotFound)
                : new FaceEditOutcome(FaceEditStatus.NotThisPerson, named?.PersonId, named?.Name);
        }

        var unknown = new UnknownFaceResult(UnknownLabels.Next(result.UnknownFaces), named.Appearances, named.FirstSeenS, named.LastSeenS, named.ThumbnailKey)
        {
            FaceId = named.FaceId,
            Segments = named.Segments,
        };
        state.State = S with
        {
            Result = result with
            {
                People = [.. result.People.Where(p => p != named)],
                UnknownFaces = [.. result.UnknownFaces.Append(unknown).OrderBy(u => u.FirstSeenS)],
            },
        };
        await SaveAsync();
        if (await archives.ReadAsync(Id) is { } archive && archive.Find(faceId) is { } face)
        {
            await archives.WriteAsync(archive.With(face with
            {
                NamedPersonId = null,
                RejectedPersonIds = [.. face.RejectedPersonIds.Append(id).Distinct()],
            }));
        }

        await GrainFactory.GetGrain<IPersonAppearancesGrain>(personId).UpdateJobAsync(Id);
        return new FaceEditOutcome(FaceEditStatus.Done, named.PersonId, named.Name);
    }

    private FaceEditOutcome? Editable() =>
        !Exists ? new FaceEditOutcome(FaceEditStatus.JobNotFound)
        : S.Status != JobStatus.Completed || S.Result is null ? new FaceEditOutcome(FaceEditStatus.JobNotCompleted)
        : null;

    /// <summary>A completed job's faces become searchable, and the people it names get it among their appearances.</summary>
    private async Task RegisterFacesAsync(JobResult result)
    {
        await GrainFactory.GetGrain<IStoredFacesRegistryGrain>(0).AddAsync(Id);
        await TellPeopleAsync(result);
    }

    /// <summary>Before the tombstone: the job leaves the registry, so no appearance lists it any more.</summary>
    private async Task ForgetFacesAsync()
    {
        await GrainFactory.GetGrain<IStoredFacesRegistryGrain>(0).RemoveAsync(Id);
        if (S.Result is { } result)
        {
            await TellPeopleAsync(result);
        }
    }

    private async Task TellPeopleAsync(JobResult result)
    {
        foreach (var person in result.People.Select(p => p.PersonId).Distinct())
        {
            if (Guid.TryParse(person, out var personId))
            {
                await GrainFactory.GetGrain<IPersonAppearancesGrain>(personId).UpdateJobAsync(Id);
            }
        }
    }
}
