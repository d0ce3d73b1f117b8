namespace FaceClassifier.Blobs;

/// <summary>The blob keys of jobs, people and imports, made only from server-side ids (never from client file names).</summary>
public static class BlobKeys
{
    public static string VideoFolder(Guid jobId) => $"videos/{jobId:N}/";

    public static string FrameFolder(Guid jobId) => $"frames/{jobId:N}/";

    public static string Video(Guid jobId) => VideoFolder(jobId) + "video";

    public static string ClassifiedFrame(Guid jobId) => FrameFolder(jobId) + "classified.jpg";

    /// <summary>The thumbnail of the result's face number <paramref name="face"/>, next to the classified frame so it goes with the job.</summary>
    public static string FaceThumbnail(Guid jobId, int face) => FrameFolder(jobId) + $"faces/{face}.jpg";

    /// <summary>The job's faces and their descriptors (<c>FaceArchive</c>), in the frame folder so that they go with the job.</summary>
    public static string JobFaces(Guid jobId) => FrameFolder(jobId) + "faces.bin";

    public static string PersonFolder(Guid personId) => $"people/{personId:N}/";

    public static string PersonThumbnail(Guid personId) => PersonFolder(personId) + "thumbnail.jpg";

    public static string ImportFolder(Guid importId) => $"imports/{importId:N}/";

    public static string ImportArchive(Guid importId) => ImportFolder(importId) + "archive";

    /// <summary>True for keys of lowercase letters, digits, '-', '_', '.' in '/'-separated segments, none "." or "..".</summary>
    public static bool IsValid(string key, bool allowTrailingSlash = false)
    {
        if (key.Length is 0 or > 256)
        {
            return false;
        }

        var segments = key.Split('/');
        var last = allowTrailingSlash && key.EndsWith('/') ? segments.Length - 1 : segments.Length;
        for (var i = 0; i < last; i++)
        {
            var s = segments[i];
            if (s.Length == 0 || s is "." or ".." || !s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
