namespace FaceClassifier.Storage;

/// <summary>Byte counts as people read them in error messages.</summary>
public static class Sizes
{
    public static string Describe(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => $"{bytes >> 30} GB",
        >= 1 << 20 when bytes % (1 << 20) == 0 => $"{bytes >> 20} MB",
        >= 1 << 10 when bytes % (1 << 10) == 0 => $"{bytes >> 10} KB",
        _ => $"{bytes} bytes",
    };
}
