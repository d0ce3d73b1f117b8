namespace FaceClassifier.Engine.Vision.Models;

/// <summary>A dequantized weight tensor in the manifest's own layout (HWIO for convs).</summary>
public sealed record WeightTensor(string Name, int[] Shape, float[] Values)
{
    public int ElementCount => Values.Length;
}
