using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Engine.Vision.Landmarks;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Vision.Alignment;

[Trait("Kind", "unit")]
public sealed class SimilarityFaceAlignerTests(LandmarkDetectorFixture fixture, ITestOutputHelper output)
    : IClassFixture<LandmarkDetectorFixture>
{
    [Fact]
    public void Similarity_puts_every_demo_face_closer_to_the_template_than_the_axis_aligned_box()
    {
        var errors = new List<(double Similarity, double Box)>();
        foreach (var face in LandmarkReference.Faces)
        {
            var toChip = SimilarityFaceAligner.Transform(face.Landmarks);
            var boxToChip = BoxToChip(face.DescriptorInputBox);
            var similarity = TestWarp.FitRmsError(face.Landmarks, toChip);
            var box = TestWarp.FitRmsError(face.Landmarks, boxToChip);
            output.WriteLine($"{face}: fit-point RMS similarity {similarity:F2} px, box {box:F2} px; " +
                $"mean over 17..67 {TestWarp.TemplateError(face.Landmarks, toChip):F2} vs {TestWarp.TemplateError(face.Landmarks, boxToChip):F2} px");

            // The box mapping is itself a similarity, so the least-squares fit can only do better.
            Assert.True(similarity <= box + 1e-9, $"{face}: {similarity} vs {box}");
            errors.Add((similarity, box));
        }

        var (meanSimilarity, meanBox) = (errors.Average(e => e.Similarity), errors.Average(e => e.Box));
        output.WriteLine($"mean fit-point RMS: similarity {meanSimilarity:F2} px, box {meanBox:F2} px");
        Assert.InRange(meanSimilarity, 0, 6);
        Assert.InRange(meanBox, 2 * meanSimilarity, 100);
        Assert.InRange(errors.Max(e => e.Similarity), 0, 12);
    }

    [Fact]
    public void A_face_rotated_by_20_degrees_and_scaled_gives_the_same_chip()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample5.jpg"));
        var face = LandmarkReference.FacesOf("sample5.jpg").Single(f => f.Index == 1);
        var centre = face.Box.Center;
        var move = SimilarityTransform.FromRotationScale(20 * Math.PI / 180, 0.8, 0, 0);
        var shifted = move.Apply(centre);
        move = move with { Tx = centre.X - shifted.X, Ty = centre.Y - shifted.Y };
        var rotated = TestWarp.Warp(image, move, image.Width, image.Height);
        var rotatedLandmarks = TestWarp.Apply(move, face.Landmarks);
        var aligner = new SimilarityFaceAligner();

        var upright = aligner.Align(image, face.Landmarks);
        var turned = aligner.Align(rotated, rotatedLandmarks);

        // Transformed landmarks: the fit is equivariant, so both land on the same chip positions.
        var uprightToChip = SimilarityFaceAligner.Transform(face.Landmarks);
        var turnedToChip = SimilarityFaceAligner.Transform(rotatedLandmarks);
        Assert.Equal(TestWarp.TemplateError(face.Landmarks, uprightToChip), TestWarp.TemplateError(rotatedLandmarks, turnedToChip), 3);
        var boxOnRotated = DlibBoxAligner.AlignBox(rotatedLandmarks, image.Width, image.Height);
        var boxError = TestWarp.TemplateError(rotatedLandmarks, BoxToChip((boxOnRotated.X, boxOnRotated.Y, boxOnRotated.Width, boxOnRotated.Height)));

        // Re-detected landmarks on the two chips (box = the whole chip) agree and sit near the template.
        var chipBox = new FaceBox(0, 0, 150, 150);
        var onUpright = fixture.Detector.Detect(upright, chipBox);
        var onTurned = fixture.Detector.Detect(turned, chipBox);
        var agreement = Enumerable.Range(17, 51).Average(i => TestWarp.Distance(onUpright.Points[i], onTurned.Points[i]));
        var redetected = TestWarp.TemplateError(onTurned, SimilarityTransform.Identity);
        var pixels = TestWarp.MeanAbsDifference(upright, turned);
        output.WriteLine($"template error: similarity {TestWarp.TemplateError(rotatedLandmarks, turnedToChip):F2} px, box on rotated {boxError:F2} px; " +
            $"re-detected: chips agree to {agreement:F2} px, {redetected:F2} px from the template; chip pixels differ by {pixels:F2}");

        Assert.InRange(boxError, 10, 100);
        Assert.InRange(agreement, 0, 1.5);
        Assert.InRange(redetected, 0, 5);
        Assert.InRange(pixels, 0, 6);
    }

    [Fact]
    public void Constant_border_is_black_and_replicate_repeats_the_edge()
    {
        var face = LandmarkReference.Load("landmarks", "png-crops.json").Single(f => f.File == "sample6-crop.png");
        var image = TestImages.LoadRgb(TestAssets.Data("landmarks", face.File));
        var toImage = SimilarityFaceAligner.Transform(face.Landmarks).Inverse();

        var constant = new SimilarityFaceAligner(ChipBorder.Constant).Align(image, face.Landmarks);
        var replicate = new SimilarityFaceAligner(ChipBorder.Replicate).Align(image, face.Landmarks);

        var outside = 0;
        for (var y = 0; y < 150; y++)
        {
            for (var x = 0; x < 150; x++)
            {
                var p = toImage.Apply(new Point2(x, y));
                if (p.Y > image.Height + 1)
                {
                    outside++;
                    var o = (y * 150 + x) * 3;
                    Assert.Equal([0, 0, 0], constant.Pixels[o..(o + 3)]);
                    Assert.NotEqual([0, 0, 0], replicate.Pixels[o..(o + 3)]);
                }
            }
        }

        output.WriteLine($"{outside} chip pixels fall below the image");
        Assert.InRange(outside, 300, 150 * 150);
    }

    [Fact]
    public void A_large_face_is_shrunk_without_aliasing()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample5.jpg"));
        var face = LandmarkReference.FacesOf("sample5.jpg").Single(f => f.Index == 1);
        var region = new CropRect(1000, 150, 400, 400);
        var threeTimes = SimilarityTransform.FromRotationScale(0, 3, (0.5 - region.X) * 3 - 0.5, (0.5 - region.Y) * 3 - 0.5);
        var large = TestWarp.Warp(image, threeTimes, region.Width * 3, region.Height * 3);
        var aligner = new SimilarityFaceAligner();

        var reference = aligner.Align(image, face.Landmarks);
        var fromLarge = aligner.Align(large, TestWarp.Apply(threeTimes, face.Landmarks));

        Assert.InRange(SimilarityFaceAligner.Transform(TestWarp.Apply(threeTimes, face.Landmarks)).Scale, 0.1, 0.3);
        var difference = TestWarp.MeanAbsDifference(reference, fromLarge);
        output.WriteLine($"chip from a 3x upscaled photo differs by {difference:F2} grey levels on average");
        Assert.InRange(difference, 0, 3);
    }

    /// <summary>The reference's box as a chip transform: scale 150/side after centring the pad.</summary>
    private static SimilarityTransform BoxToChip((int X, int Y, int Width, int Height) box)
    {
        var side = Math.Max(box.Width, box.Height);
        var (padLeft, padTop) = SquareResampler.CentredPadding(box.Width, box.Height);
        var s = 150.0 / side;
        return new SimilarityTransform(s, 0, (padLeft - box.X) * s, (padTop - box.Y) * s);
    }
}
