using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>
/// The face a gallery photo gives its person: the photo's one face, or its one face good enough to be evidence when
/// the others are background faces under the evidence floors. Face is null when there is none or more than one
/// (Candidates says how many), or when the face misses an enrolment floor (Shortfall says which).
/// </summary>
public sealed record GalleryPhotoFace(AnalyzedFace? Face, int Candidates, QualityShortfall? Shortfall)
{
    public static GalleryPhotoFace Choose(IReadOnlyList<AnalyzedFace> faces, FaceQualityOptions quality)
    {
        ArgumentNullException.ThrowIfNull(faces);
        ArgumentNullException.ThrowIfNull(quality);
        var candidates = faces.Count <= 1 ? faces : [.. faces.Where(f => quality.Evidence.Admits(f.Quality))];
        if (candidates.Count != 1)
        {
            // Several faces none of which is evidence: say how many the photo shows, not zero.
            return new GalleryPhotoFace(null, candidates.Count == 0 ? faces.Count : candidates.Count, null);
        }

        var face = candidates[0];
        return quality.Enrolment.Check(face.Quality) is { } shortfall
            ? new GalleryPhotoFace(null, 1, shortfall)
            : new GalleryPhotoFace(face, 1, null);
    }
}
