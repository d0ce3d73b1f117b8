using System.Runtime.InteropServices;
using FaceClassifier.Vision;
using OpenCvSharp;

namespace FaceClassifier.Tests.Infrastructure;

/// <summary>Decodes test photos with OpenCV (libjpeg) into the engine's RGB24 images.</summary>
public static class TestImages
{
    public static RgbImage LoadRgb(string path)
    {
        using var bgr = Cv2.ImRead(path, ImreadModes.Color);
        if (bgr.Empty())
        {
            throw new FileNotFoundException($"Cannot decode {path}.", path);
        }

        using var rgb = new Mat();
        Cv2.CvtColor(bgr, rgb, ColorConversionCodes.BGR2RGB);
        int rows = rgb.Rows, cols = rgb.Cols;
        var pixels = new byte[rows * cols * 3];
        for (var y = 0; y < rows; y++)
        {
            Marshal.Copy(rgb.Ptr(y), pixels, y * cols * 3, cols * 3);
        }

        return new RgbImage(cols, rows, pixels);
    }
}
