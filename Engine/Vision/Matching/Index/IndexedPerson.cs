namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>A person in a <see cref="DescriptorIndex"/>: its slot (the owner value its rows carry) and its rows.</summary>
internal sealed class IndexedPerson(string id, string name, int slot)
{
    public string Id { get; } = id;

    public string Name { get; set; } = name;

    public int Slot { get; set; } = slot;

    public List<int> Rows { get; } = [];
}
