using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Quality;

namespace FaceClassifier.Tests.Engine.Vision.Tracking;

/// <summary>Analysed faces built by hand: a box, a symmetric 68-point layout inside it, a sharpness and a descriptor.</summary>
public static class TestFaces
{
    public static AnalyzedFace Face(float x, float y, float size = 100, float sharpness = 200, float[]? descriptor = null, float noseShift = 0, float score = 0.99f)
    {
        var landmarks = Landmarks(x, y, size, noseShift);
        var detection = new DetectedFace(new FaceBox(x, y, size, size), score);
        var eyes = landmarks.RightEyeCenter.X - landmarks.LeftEyeCenter.X;
        return new(detection, landmarks, descriptor, new FaceQuality(eyes, sharpness, HeadPose.Estimate(landmarks), score));
    }

    /// <summary>
    /// A frontal face: points 17..67 from the aligner's chip template scaled into the box, a round jaw;
    /// <paramref name="noseShift"/> moves the nose sideways (a fraction of the box) like a turned head.
    /// </summary>
    public static FaceLandmarks Landmarks(float x, float y, float size, float noseShift = 0)
    {
        var p = new Point2[FaceLandmarks.Count];
        Point2 At(float u, float v) => new(x + u * size, y + v * size);
        for (var i = 0; i <= 16; i++)
        {
            var angle = Math.PI * i / 16;
            p[i] = At(0.5f - 0.45f * (float)Math.Cos(angle), 0.35f + 0.55f * (float)Math.Sin(angle));
        }

        for (var i = FaceChipTemplate.FirstPoint; i < FaceLandmarks.Count; i++)
        {
            var t = FaceChipTemplate.Points[i - FaceChipTemplate.FirstPoint];
            var shift = i is >= 27 and <= 35 ? noseShift : 0;
            p[i] = At(t.X / FaceChipTemplate.Size + shift, t.Y / FaceChipTemplate.Size);
        }

        return new FaceLandmarks(p);
    }
}
