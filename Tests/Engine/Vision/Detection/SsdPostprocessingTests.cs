using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>Box decoding, face-api's greedy NMS and the mapping back to image pixels.</summary>
[Trait("Kind", "unit")]
public sealed class SsdPostprocessingTests
{
    [Fact]
    public void Zero_encoding_decodes_to_the_anchor()
    {
        var box = SsdBox.Decode([0.1f, 0.2f, 0.5f, 0.6f], [0, 0, 0, 0]);

        AssertBox(new SsdBox(0.1f, 0.2f, 0.5f, 0.6f), box);
    }

    [Fact]
    public void Encoding_shifts_by_a_tenth_and_scales_by_exp_of_a_fifth_of_the_anchor_size()
    {
        // Anchor centre (0.3, 0.4), size 0.4 x 0.4. ty = 10 moves the centre one height down;
        // th = 5 ln 2 doubles the height; tx = −5 moves half a width left; tw = 0 keeps the width.
        var box = SsdBox.Decode([0.1f, 0.2f, 0.5f, 0.6f], [10, -5, 5 * MathF.Log(2), 0]);

        AssertBox(new SsdBox(0.3f, 0.0f, 1.1f, 0.4f), box);
    }

    [Fact]
    public void Nms_keeps_scores_strictly_above_the_minimum_best_first_and_drops_overlaps_above_the_threshold()
    {
        float[] anchors =
        [
            0, 0, 1, 1,        // 0: score 0.9, kept
            0, 0, 1, 0.6f,     // 1: IoU 0.6 with box 0 → dropped
            0, 0, 1, 0.5f,     // 2: IoU exactly 0.5 with box 0 → kept (≤ threshold)
            2, 2, 3, 3,        // 3: score exactly 0.5 → not a candidate
            4, 4, 5, 5,        // 4: disjoint, kept
        ];
        float[] scores = [0.9f, 0.8f, 0.6f, 0.5f, 0.7f];

        var kept = SsdPostprocessing.SelectFaces(anchors, new float[anchors.Length], scores, 0.5f, 0.5f, 100);

        Assert.Equal([0.9f, 0.7f, 0.6f], kept.Select(k => k.Score));
        Assert.Equal(new SsdBox(4, 4, 5, 5), kept[1].Box);
    }

    [Fact]
    public void Nms_stops_at_max_results_and_breaks_score_ties_by_anchor_order()
    {
        float[] anchors = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5];
        float[] scores = [0.6f, 0.8f, 0.8f];

        var kept = SsdPostprocessing.SelectFaces(anchors, new float[anchors.Length], scores, 0.5f, 0.5f, 2);

        Assert.Equal([new SsdBox(2, 2, 3, 3), new SsdBox(4, 4, 5, 5)], kept.Select(k => k.Box));
    }

    [Fact]
    public void Face_api_mapping_clips_to_the_unit_square_then_undoes_the_bottom_padding()
    {
        // 1000x500: resized to 512x256, so y values are scaled by 512/256 = 2 and x by 1.
        var box = SsdCanvas.ToPixelsFaceApi(new SsdBox(0.1f, -0.1f, 0.6f, 0.5f), 1000, 500);

        // The clip comes first, so the box reaches past the image bottom (100 + 500 > 500), as in face-api.
        Assert.Equal(0, box.X);
        Assert.Equal(100, box.Y, 1e-4f);
        Assert.Equal(500, box.Width, 1e-4f);
        Assert.Equal(500, box.Height, 1e-4f);
    }

    [Fact]
    public void Face_api_mapping_uses_the_rounded_resized_size()
    {
        // 1000x333: 333 * 0.512 = 170.496 rounds to 170, so y is scaled by 512/170, not by 1000/333.
        var box = SsdCanvas.ToPixelsFaceApi(new SsdBox(0, 0, 0.25f, 1), 1000, 333);

        Assert.Equal(0.25 * 512 / 170 * 333, box.Height, 1e-3);
        Assert.Equal(1000, box.Width, 1e-3);
    }

    [Fact]
    public void Framed_mapping_removes_the_border_and_clips_to_the_image()
    {
        var canvas = new SsdCanvas(200, 50, 80, 128);

        Assert.Equal(new FaceBox(0, 20, 50, 20), canvas.ToPixelsClipped(new SsdBox(0.5f, 0.25f, 0.6f, 0.5f), 100, 40));
        Assert.Null(canvas.ToPixelsClipped(new SsdBox(0, 0, 0.2f, 0.2f), 100, 40));
    }

    private static void AssertBox(SsdBox expected, SsdBox actual)
    {
        Assert.Equal(expected.YMin, actual.YMin, 1e-6f);
        Assert.Equal(expected.XMin, actual.XMin, 1e-6f);
        Assert.Equal(expected.YMax, actual.YMax, 1e-6f);
        Assert.Equal(expected.XMax, actual.XMax, 1e-6f);
    }
}
