namespace FaceClassifier.Engine.Video;

/// <summary>Turns ffprobe's demuxer name into the container a user knows (mp4, mov, mkv, webm, avi).</summary>
internal static class ContainerName
{
    public static string Normalize(string formatName, string? majorBrand, string path)
    {
        if (formatName.StartsWith("mov,mp4", StringComparison.Ordinal))
        {
            // One demuxer reads both; the ftyp major brand tells them apart (QuickTime files may have none).
            var brand = majorBrand?.Trim().ToLowerInvariant();
            return brand switch
            {
                null or "" or "qt" => "mov",
                _ when brand.StartsWith("3g", StringComparison.Ordinal) => "3gp",
                _ => "mp4",
            };
        }

        if (formatName.StartsWith("matroska", StringComparison.Ordinal))
        {
            return MatroskaDocType.Read(path) == "webm" ? "webm" : "mkv";
        }

        return formatName;
    }
}
