namespace FaceClassifier.Learning;

/// <summary>
/// The jobs whose faces are stored (key 0): what a person's appearances are searched in. A job is added when it
/// completes and removed when it is deleted.
/// </summary>
/// <remarks>One grain and one state record: enough for tens of thousands of jobs; a job index can replace it.</remarks>
public interface IStoredFacesRegistryGrain : IGrainWithIntegerKey
{
    Task AddAsync(Guid jobId);

    Task RemoveAsync(Guid jobId);

    /// <summary>Every registered job, oldest first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<Guid>> ListAsync();
}
