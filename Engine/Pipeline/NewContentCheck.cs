using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>
/// Tells whether a frame shows something the last detected frame did not, cheaply: both as small grey images, the
/// camera's shift between them found by phase correlation and undone, then the mean difference of each cell outside
/// the known faces. A scene cut, a new face or anything else that appears changes a cell; a pan or a talking face does
/// not. A zoom, or a shift that reveals more than a sliver of new picture, counts as new content. Not thread-safe.
/// </summary>
internal sealed class NewContentCheck(float cellLevel) : IDisposable
{
    private const int ThumbWidth = 320;
    private const int CellSize = 8;
    private const double MaxShiftFraction = 0.1;
    private const float FaceMargin = 0.25f;

    private Mat? _reference;
    private Mat? _current;
    private Point2d _shift;
    private Mat? _window;
    private IReadOnlyList<FaceBox> _referenceFaces = [];
    private float _scale;

    /// <summary>Makes <paramref name="frame"/>, detected with <paramref name="faces"/>, the picture later frames are compared with.</summary>
    public void Remember(RgbImage frame, IReadOnlyList<FaceBox> faces)
    {
        _reference?.Dispose();
        _reference = Thumbnail(frame);
        _referenceFaces = faces;
    }

    /// <summary>
    /// Compares <paramref name="frame"/> with the remembered one: the camera's shift since it in frame pixels, or null
    /// when the frame is not comparable (nothing remembered, a different size, or too far a shift) and so is new.
    /// </summary>
    public Point2? Shift(RgbImage frame)
    {
        _current?.Dispose();
        _current = null;
        if (_reference is null)
        {
            return null;
        }

        var current = Thumbnail(frame);
        if (current.Size() != _reference.Size())
        {
            current.Dispose();
            return null;
        }

        _current = current;
        if (_window is null || _window.Size() != current.Size())
        {
            _window?.Dispose();
            _window = MakeWindow(current.Size());
        }

        using var windowedReference = new Mat();
        using var windowedCurrent = new Mat();
        using var noWindow = new Mat();
        // Windowed copies: phaseCorrelate given a window multiplies it into its input in place when no padding is needed.
        Cv2.Multiply(_reference, _window, windowedReference);
        Cv2.Multiply(current, _window, windowedCurrent);
        _shift = Cv2.PhaseCorrelate(windowedReference, windowedCurrent, noWindow, out _);
        if (Math.Abs(_shift.X) > current.Width * MaxShiftFraction || Math.Abs(_shift.Y) > current.Height * MaxShiftFraction)
        {
            return null;
        }

        return new Point2((float)(_shift.X / _scale), (float)(_shift.Y / _scale));
    }

    /// <summary>
    /// After <see cref="Shift"/> found the frame comparable: true when it shows something new outside
    /// <paramref name="faces"/> (its faces) and the remembered frame's faces.
    /// </summary>
    public bool HasNewContent(IReadOnlyList<FaceBox> faces)
    {
        if (_current is null || _reference is null)
        {
            return true;
        }

        using var moved = new Mat();
        using (var translation = Mat.FromPixelData(2, 3, MatType.CV_64FC1, new double[] { 1, 0, _shift.X, 0, 1, _shift.Y }))
        {
            Cv2.WarpAffine(_reference, moved, translation, _current.Size(), InterpolationFlags.Linear, BorderTypes.Replicate);
        }

        using var difference = new Mat();
        Cv2.Absdiff(moved, _current, difference);
        BlankRevealedBorder(difference, _shift);
        foreach (var face in faces)
        {
            Blank(difference, face, 0, 0);
        }

        foreach (var face in _referenceFaces)
        {
            Blank(difference, face, _shift.X, _shift.Y);
        }

        using var cells = new Mat();
        Cv2.Resize(difference, cells, new Size(Math.Max(1, difference.Width / CellSize), Math.Max(1, difference.Height / CellSize)), 0, 0, InterpolationFlags.Area);
        Cv2.MinMaxLoc(cells, out _, out double worst);
        return worst > cellLevel;
    }

    public void Dispose()
    {
        _reference?.Dispose();
        _current?.Dispose();
        _window?.Dispose();
    }

    private Mat Thumbnail(RgbImage frame)
    {
        _scale = (float)ThumbWidth / frame.Width;
        var height = Math.Max(CellSize, (int)Math.Round(frame.Height * _scale));
        using var rgb = Mat.FromPixelData(frame.Height, frame.Width, MatType.CV_8UC3, frame.Pixels);
        using var small = new Mat();
        using var grey = new Mat();
        Cv2.Resize(rgb, small, new Size(ThumbWidth, height), 0, 0, InterpolationFlags.Area);
        Cv2.CvtColor(small, grey, ColorConversionCodes.RGB2GRAY);
        var thumbnail = new Mat();
        grey.ConvertTo(thumbnail, MatType.CV_32FC1);
        return thumbnail;
    }

    private static Mat MakeWindow(Size size)
    {
        var window = new Mat();
        Cv2.CreateHanningWindow(window, size, MatType.CV_32FC1);
        return window;
    }

    private static void BlankRevealedBorder(Mat difference, Point2d shift)
    {
        var x = (int)Math.Ceiling(Math.Abs(shift.X)) + 1;
        var y = (int)Math.Ceiling(Math.Abs(shift.Y)) + 1;
        difference[new Rect(0, 0, difference.Width, Math.Min(y, difference.Height))].SetTo(Scalar.All(0));
        difference[new Rect(0, Math.Max(0, difference.Height - y), difference.Width, Math.Min(y, difference.Height))].SetTo(Scalar.All(0));
        difference[new Rect(0, 0, Math.Min(x, difference.Width), difference.Height)].SetTo(Scalar.All(0));
        difference[new Rect(Math.Max(0, difference.Width - x), 0, Math.Min(x, difference.Width), difference.Height)].SetTo(Scalar.All(0));
    }

    /// <summary>Zeroes a face's box (in frame pixels, moved by the thumbnail shift) with a margin: faces move and talk.</summary>
    private void Blank(Mat difference, FaceBox face, double dx, double dy)
    {
        var mx = face.Width * FaceMargin;
        var my = face.Height * FaceMargin;
        var left = (int)Math.Floor(((face.X - mx) * _scale) + dx);
        var top = (int)Math.Floor(((face.Y - my) * _scale) + dy);
        var right = (int)Math.Ceiling(((face.X + face.Width + mx) * _scale) + dx);
        var bottom = (int)Math.Ceiling(((face.Y + face.Height + my) * _scale) + dy);
        var rect = Rect.FromLTRB(Math.Max(0, left), Math.Max(0, top), Math.Min(difference.Width, right), Math.Min(difference.Height, bottom));
        if (rect.Width > 0 && rect.Height > 0)
        {
            difference[rect].SetTo(Scalar.All(0));
        }
    }
}
