namespace FaceClassifier.Gallery;

/// <summary>One enrolled person (Guid key): name and face descriptors.</summary>
public interface IPersonGrain : IGrainWithGuidKey
{
    /// <summary>Enrols the person; a repeat on an existing person returns null.</summary>
    Task<PersonRecord?> CreateAsync(string name, IReadOnlyList<float[]> descriptors);

    /// <summary>Adds descriptors from more photos; null for an unknown person.</summary>
    Task<PersonRecord?> AddDescriptorsAsync(IReadOnlyList<float[]> descriptors);

    /// <summary>The person, or null when unknown.</summary>
    Task<PersonRecord?> GetAsync();

    /// <summary>Removes the person from matching at once, then deletes it; false when unknown.</summary>
    Task<bool> DeleteAsync();
}
