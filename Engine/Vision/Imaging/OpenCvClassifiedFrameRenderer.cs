using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Engine.Vision.Imaging;

/// <summary>
/// Draws each face's box and a label ("Name 93%" in green when known, "unknown person 1" in amber when not) on a copy
/// of the frame with OpenCV, anti-aliased and sized to the frame, and returns it as a JPEG.
/// </summary>
public sealed class OpenCvClassifiedFrameRenderer : IClassifiedFrameRenderer
{
    private const int JpegQuality = 90;
    private const HersheyFonts Font = HersheyFonts.HersheySimplex;

    /// <summary>Known faces: a clear green (BGR).</summary>
    internal static readonly Scalar KnownColor = new(64, 200, 40);

    /// <summary>Unknown faces: amber (BGR).</summary>
    internal static readonly Scalar UnknownColor = new(0, 191, 255);

    private static readonly Scalar TextColor = new(0, 0, 0);

    public byte[] RenderJpeg(RgbImage frame, IReadOnlyList<FrameLabel> labels)
    {
        using var canvas = RgbMat.ToBgr(frame);
        var style = LabelStyle.For(frame.Width, frame.Height);
        foreach (var label in labels)
        {
            Draw(canvas, label, style);
        }

        return RgbMat.EncodeJpeg(canvas, JpegQuality);
    }

    /// <summary>"Alice 93%"; the percentage alone when there is no name; an unknown face's label alone, as its confidence means nothing.</summary>
    internal static string Caption(FrameLabel label)
    {
        if (!label.Known)
        {
            return string.IsNullOrWhiteSpace(label.Text) ? "unknown" : label.Text.Trim();
        }

        var percent = (int)Math.Round(Math.Clamp(label.Confidence, 0f, 1f) * 100);
        return string.IsNullOrWhiteSpace(label.Text) ? $"{percent}%" : $"{label.Text.Trim()} {percent}%";
    }

    private static void Draw(Mat canvas, FrameLabel label, LabelStyle style)
    {
        if (label.Box.Right <= 0 || label.Box.Bottom <= 0 || label.Box.X >= canvas.Width || label.Box.Y >= canvas.Height)
        {
            return; // entirely outside the frame
        }

        var color = label.Known ? KnownColor : UnknownColor;
        var left = Math.Clamp((int)Math.Round(label.Box.X), 0, canvas.Width - 1);
        var top = Math.Clamp((int)Math.Round(label.Box.Y), 0, canvas.Height - 1);
        var right = Math.Clamp((int)Math.Round(label.Box.Right), 0, canvas.Width - 1);
        var bottom = Math.Clamp((int)Math.Round(label.Box.Bottom), 0, canvas.Height - 1);
        Cv2.Rectangle(canvas, new Point(left, top), new Point(right, bottom), color, style.BoxThickness, LineTypes.AntiAlias);

        var caption = Caption(label);
        var text = Cv2.GetTextSize(caption, Font, style.FontScale, style.TextThickness, out var baseline);
        var labelWidth = text.Width + 2 * style.Padding;
        var labelHeight = text.Height + baseline + 2 * style.Padding;

        // Above the box when there is room, else just inside its top edge; never past the right edge.
        var labelTop = top - labelHeight >= 0 ? top - labelHeight : top;
        var labelLeft = Math.Max(0, Math.Min(left, canvas.Width - labelWidth));
        Cv2.Rectangle(canvas, new Rect(labelLeft, labelTop, labelWidth, labelHeight), color, -1, LineTypes.AntiAlias);
        var origin = new Point(labelLeft + style.Padding, labelTop + style.Padding + text.Height);
        Cv2.PutText(canvas, caption, origin, Font, style.FontScale, TextColor, style.TextThickness, LineTypes.AntiAlias);
    }

    /// <summary>Line widths and text size proportional to the frame, so labels read the same at 360p and 4K.</summary>
    internal readonly record struct LabelStyle(int BoxThickness, double FontScale, int TextThickness, int Padding)
    {
        public static LabelStyle For(int width, int height)
        {
            var unit = Math.Min(width, height) / 720.0;
            return new LabelStyle(
                Math.Max(2, (int)Math.Round(3 * unit)),
                Math.Max(0.5, 0.8 * unit),
                Math.Max(1, (int)Math.Round(2 * unit)),
                Math.Max(3, (int)Math.Round(6 * unit)));
        }
    }
}
