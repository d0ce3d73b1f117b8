namespace FaceClassifier.Tests.Grains.Gallery;

/// <summary>Distinct unit-length 128-d descriptors: one family per person id, one member per index.</summary>
public static class Descriptors
{
    public static float[] Of(Guid person, int index)
    {
        var random = new Random(person.GetHashCode() * 31 + index);
        var values = Enumerable.Range(0, 128).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        return [.. values.Select(v => v / norm)];
    }
}
