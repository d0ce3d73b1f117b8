using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Storage;

namespace FaceClassifier.Api.Gallery;

/// <summary>Reads uploaded photos and images for the gallery and engine endpoints.</summary>
public static class FacePhotos
{
    /// <summary>The form's files called <paramref name="field"/>, each read into memory (they are capped), or the 400 message.</summary>
    public static async Task<(IReadOnlyList<byte[]>? Files, string? Error)> ReadAsync(
        HttpRequest request, string field, long maxBytes, int maxFiles, bool required = true)
    {
        if (!request.HasFormContentType)
        {
            return (null, "the request must be multipart/form-data");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // A malformed body (no parts, a part without Content-Disposition, headers past the form limits).
            return (null, "the multipart body could not be read");
        }

        var files = form.Files.GetFiles(field);
        if (files.Count == 0)
        {
            return required ? (null, $"at least one {field} is required") : ([], null);
        }

        if (files.Count > maxFiles)
        {
            return (null, $"at most {maxFiles} {field}s may be sent at once");
        }

        var result = new List<byte[]>();
        for (var i = 0; i < files.Count; i++)
        {
            var what = files.Count == 1 ? field : $"{field} {i + 1}";
            if (files[i].Length == 0)
            {
                return (null, $"{what} is empty");
            }

            if (files[i].Length > maxBytes)
            {
                return (null, $"{what} is larger than the maximum of {Sizes.Describe(maxBytes)}");
            }

            var bytes = new byte[files[i].Length];
            await using (var stream = files[i].OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, request.HttpContext.RequestAborted);
            }

            result.Add(bytes);
        }

        return (result, null);
    }

    /// <summary>
    /// Each photo's one face descriptor (and the first photo with its face, for a thumbnail), or the 400 message naming
    /// the photo and how many faces it holds, or which enrolment floor its face misses and by how much.
    /// </summary>
    public static (DescribedPhotos? Photos, string? Error) Describe(
        IReadOnlyList<byte[]> photos, IImageCodec codec, IFaceAnalyzer analyzer, FaceQualityOptions quality)
    {
        var descriptors = new List<float[]>();
        (RgbImage Image, FaceBox Face)? first = null;
        for (var i = 0; i < photos.Count; i++)
        {
            var what = photos.Count == 1 ? "photo" : $"photo {i + 1}";
            if (Decode(photos[i], codec) is not { } image)
            {
                return (null, $"{what} is not a decodable image");
            }

            var choice = GalleryPhotoFace.Choose(analyzer.Analyze(image, withDescriptors: true), quality);
            if (choice.Shortfall is { } shortfall)
            {
                return (null, $"{what} refused: {shortfall.Message}");
            }

            if (choice.Face?.Descriptor is not { } descriptor)
            {
                return (null, $"{what} must show exactly one face; found {choice.Candidates}");
            }

            first ??= (image, choice.Face.Detection.Box);
            descriptors.Add(descriptor);
        }

        return (new DescribedPhotos(descriptors, first!.Value.Image, first.Value.Face), null);
    }

    public static RgbImage? Decode(byte[] bytes, IImageCodec codec)
    {
        try
        {
            return codec.Decode(bytes);
        }
        catch (InvalidImageException)
        {
            return null;
        }
    }
}

/// <summary>The descriptors of accepted gallery photos, and the first photo with its face box.</summary>
public sealed record DescribedPhotos(IReadOnlyList<float[]> Descriptors, RgbImage FirstImage, FaceBox FirstFace);
