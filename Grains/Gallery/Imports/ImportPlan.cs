namespace FaceClassifier.Gallery.Imports;

/// <summary>One person's folder: the folder's name as the archive spells it, the person's name, their photos in archive order.</summary>
public sealed record ImportFolder(string FolderName, string Name, IReadOnlyList<ArchiveFile> Photos);

/// <summary>A photo refused for where it sits, before any image is read.</summary>
public sealed record PlannedRefusal(string Path, string Reason);

/// <summary>
/// What an archive's files mean for the gallery: one folder per person (the folder's name is the person's name),
/// with a single top folder around them all stripped. Files that no one would miss (dot files, macOS resource forks,
/// Windows thumbnail caches) are skipped without a word; every other file is a photo of a folder or a refusal.
/// The plan follows from the listing alone, so it is the same on every run over the same archive.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<ImportFolder> Folders, IReadOnlyList<PlannedRefusal> Refused)
{
    public const string OutsideFolder = "not in a person's folder";
    public const string InSubfolder = "in a subfolder; a person's photos sit directly in their folder";

    /// <summary>Photos the import reports on: those of the folders and those refused here.</summary>
    public int PhotoCount => Folders.Sum(f => f.Photos.Count) + Refused.Count;

    public static ImportPlan From(IReadOnlyList<ArchiveFile> files)
    {
        var kept = files
            .Select(f => (File: f, Segments: Segments(f.Path)))
            .Where(f => f.Segments.Length > 0 && !f.Segments.Any(Skipped))
            .ToList();

        // One folder around everything (as zipping a folder makes) is stripped, unless it is itself the only person.
        var strip = kept.Count > 0
            && kept.All(f => f.Segments.Length >= 2 && f.Segments[0] == kept[0].Segments[0])
            && kept.Any(f => f.Segments.Length >= 3);

        var folders = new List<(string Folder, List<ArchiveFile> Photos)>();
        var refused = new List<PlannedRefusal>();
        foreach (var (file, all) in kept)
        {
            var segments = strip ? all[1..] : all;
            if (segments.Length != 2)
            {
                refused.Add(new PlannedRefusal(file.Path, segments.Length < 2 ? OutsideFolder : InSubfolder));
                continue;
            }

            var index = folders.FindIndex(f => f.Folder == segments[0]);
            if (index < 0)
            {
                folders.Add((segments[0], []));
                index = folders.Count - 1;
            }

            folders[index].Photos.Add(file);
        }

        var valid = new List<ImportFolder>();
        foreach (var (folder, photos) in folders)
        {
            var name = folder.Trim();
            if (PersonNames.Error(name) is { } error)
            {
                refused.AddRange(photos.Select(p => new PlannedRefusal(p.Path, $"the folder's name is not a valid person name: {error}")));
            }
            else
            {
                valid.Add(new ImportFolder(folder, name, photos));
            }
        }

        return new ImportPlan(valid, refused);
    }

    // Zip tools on Windows may write backslashes; "." segments and doubled slashes mean nothing.
    private static string[] Segments(string path) =>
        path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();

    // "." and ".." start with a dot too, so no path climbs out of its folder.
    private static bool Skipped(string segment) =>
        segment.StartsWith('.')
        || segment.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase)
        || segment.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
        || segment.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);
}
