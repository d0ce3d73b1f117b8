using FaceClassifier.Engine.Vision.Abstractions;
namespace FaceClassifier.Engine.Vision.Landmarks;

/// <summary>An integer region of an image, as face-api slices it.</summary>
internal readonly record struct CropRect(int X, int Y, int Width, int Height)
{
    public bool IsEmpty => Width <= 0 || Height <= 0;
}

/// <summary>face-api's crop rules: clip a float box to the image, then floor (Box.clipAtImageBorders).</summary>
internal static class FaceCrop
{
    public static CropRect ClipAtImageBorders(FaceBox box, int imageWidth, int imageHeight)
    {
        // face-api computes in doubles; so do we, to floor the same way near integer edges.
        double x = box.X, y = box.Y;
        var clippedX = Math.Max(x, 0);
        var clippedY = Math.Max(y, 0);
        var width = Math.Min(x + box.Width - clippedX, imageWidth - clippedX);
        var height = Math.Min(y + box.Height - clippedY, imageHeight - clippedY);
        return new CropRect(
            (int)Math.Floor(clippedX),
            (int)Math.Floor(clippedY),
            (int)Math.Floor(width),
            (int)Math.Floor(height));
    }
}
