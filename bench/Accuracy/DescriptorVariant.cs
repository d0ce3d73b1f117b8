namespace FaceClassifier.Bench.Accuracy;

/// <summary>How the descriptor of a chip's mirror image is combined with the chip's own.</summary>
internal enum MirrorMode
{
    /// <summary>The chip's descriptor alone.</summary>
    None,

    /// <summary>The mean of the two descriptors.</summary>
    Mean,

    /// <summary>The mean rescaled to the mean of the two lengths (averaging shortens; distances are calibrated on single descriptors).</summary>
    MeanKeepLength,
}

/// <summary>One way of turning a face into a descriptor: an aligner and a mirror mode.</summary>
internal readonly record struct DescriptorVariant(string Aligner, MirrorMode Mirror)
{
    public override string ToString() => Mirror switch
    {
        MirrorMode.None => Aligner,
        MirrorMode.Mean => $"{Aligner}+mirror",
        _ => $"{Aligner}+mirror-keep-length",
    };
}
