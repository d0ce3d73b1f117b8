using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Gallery.Thumbnails;
using FaceClassifier.Storage;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Gallery.Imports;

/// <summary>What one photo gave: its one face's descriptor (and the thumbnail when asked for), or why it was refused.</summary>
public sealed record PhotoOutcome(float[]? Descriptor, byte[]? Thumbnail, string? Refusal)
{
    public static PhotoOutcome Refused(string reason) => new(null, null, reason);
}

/// <summary>
/// Reads one photo out of an archive, decodes it and finds its faces, as the enrolment API does. Blocking and
/// CPU-heavy: a grain runs it on the thread pool, never on the Orleans scheduler.
/// </summary>
public sealed class ImportPhotoAnalysis(IImageCodec codec, IFaceAnalyzer analyzer, PersonThumbnails thumbnails, IOptions<FaceQualityOptions> quality)
{
    public const string NotAnImage = "not an image file";
    public const string NotDecodable = "not a decodable image";
    public const string NoFace = "no face found";
    public const string Unreadable = "could not be read from the archive";

    public static string TooManyFaces(int faces) => $"{faces} faces found; a gallery photo must show exactly one";

    public static string TooLarge(long maxBytes) => $"larger than the maximum of {Sizes.Describe(maxBytes)}";

    public static string TooManyPhotos { get; } = $"a person holds at most {GalleryRecords.MaxDescriptorsPerPerson} photos";

    public PhotoOutcome Analyze(PhotoArchive archive, ArchiveFile file, long maxBytes, bool withThumbnail)
    {
        byte[]? bytes;
        try
        {
            bytes = archive.Read(file, maxBytes);
        }
        catch (InvalidDataException)
        {
            return PhotoOutcome.Refused(Unreadable);
        }

        return bytes is null ? PhotoOutcome.Refused(TooLarge(maxBytes)) : Analyze(bytes, withThumbnail);
    }

    public PhotoOutcome Analyze(byte[] bytes, bool withThumbnail)
    {
        if (ImageFormats.Detect(bytes) is null)
        {
            return PhotoOutcome.Refused(NotAnImage);
        }

        RgbImage image;
        try
        {
            image = codec.Decode(bytes);
        }
        catch (InvalidImageException)
        {
            return PhotoOutcome.Refused(NotDecodable);
        }

        var choice = GalleryPhotoFace.Choose(analyzer.Analyze(image, withDescriptors: true), quality.Value);
        if (choice.Shortfall is { } shortfall)
        {
            return PhotoOutcome.Refused(shortfall.Message);
        }

        if (choice.Face?.Descriptor is not { } descriptor)
        {
            return PhotoOutcome.Refused(choice.Candidates > 1 ? TooManyFaces(choice.Candidates) : NoFace);
        }

        return new PhotoOutcome(descriptor, withThumbnail ? thumbnails.Render(image, choice.Face.Detection.Box) : null, null);
    }
}
