using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;

namespace FaceClassifier.Tests.Testing;

/// <summary>The generated media show what their documentation promises, so other tests can rely on it.</summary>
[Trait("Kind", "unit")]
public sealed class TestVideosTests
{
    [Fact]
    public async Task The_face_is_in_view_exactly_between_its_documented_times()
    {
        var frames = await ReadAsync(TestVideos.FaceAppearsAndLeaves, 2);
        var face = Resize(Crop(TestImages.Demo("sample1.jpg"), 373, 320, 260, 320), 180, 220);

        Assert.Equal(12, frames.Count);
        foreach (var frame in frames)
        {
            Assert.Equal((FaceInOut.Width, FaceInOut.Height), (frame.Image.Width, frame.Image.Height));
            var box = FaceInOut.BoxWhileInView;
            var difference = MeanDifference(Crop(frame.Image, (int)box.X, (int)box.Y, (int)box.Width, (int)box.Height), face);
            var inView = frame.Timestamp >= FaceInOut.InViewFrom && frame.Timestamp <= FaceInOut.InViewUntil;
            Assert.True(inView ? difference < 8 : difference > 30, $"at {frame.Timestamp}: difference {difference:0.0}");
        }
    }

    [Fact]
    public async Task Before_and_after_the_face_the_wall_shows()
    {
        var withFace = await ReadAsync(TestVideos.FaceAppearsAndLeaves, 2);
        var wall = withFace.Where(f => !FaceInOut.AnyPartVisible(f.Timestamp)).ToList();

        // Two samples a second land on the first 25 fps frame at or after each half second.
        Assert.Equal([0.0, 0.52, 1.0, 4.52, 5.0, 5.52], wall.Select(f => Math.Round(f.Timestamp.TotalSeconds, 3)));
        Assert.All(wall, f => Assert.True(MeanDifference(f.Image, wall[0].Image) < 4));
    }

    [Fact]
    public async Task The_no_face_video_is_the_panning_wall()
    {
        var frames = await ReadAsync(TestVideos.NoFaces, 1);

        Assert.Equal(4, frames.Count);
        Assert.All(frames, f => Assert.Equal((640, 360), (f.Image.Width, f.Image.Height)));
        Assert.True(MeanDifference(frames[0].Image, frames[3].Image) > 0.5, "the wall pans");
    }

    [Fact]
    public async Task The_zoom_box_mapping_finds_the_photo_faces_in_the_video()
    {
        var photo = TestImages.Demo("sample1.jpg");
        var faceInPhoto = new FaceBox(414, 355, 178, 238); // the reference's first face in sample1
        var frames = await ReadAsync(TestVideos.GroupZoom, 1);

        Assert.Equal(4, frames.Count);
        foreach (var frame in frames)
        {
            var box = TestVideos.GroupZoomBox(faceInPhoto, frame.Timestamp);
            var inVideo = Crop(frame.Image, (int)box.X, (int)box.Y, (int)box.Width, (int)box.Height);
            var expected = Resize(Crop(photo, 414, 355, 178, 238), inVideo.Width, inVideo.Height);
            Assert.True(MeanDifference(inVideo, expected) < 12, $"at {frame.Timestamp}");
        }
    }

    [Fact]
    public async Task The_benchmark_video_has_the_asked_length_and_size()
    {
        var info = await new FfprobeVideoProbe(Microsoft.Extensions.Logging.Abstractions.NullLogger<FfprobeVideoProbe>.Instance)
            .ProbeAsync(TestVideos.Make720p(TimeSpan.FromSeconds(2)));

        Assert.Equal(("mp4", "h264", 1280, 720, 25.0), (info.Container, info.Codec, info.Width, info.Height, info.FrameRate));
        Assert.Equal(2, info.Duration.TotalSeconds, 2);
    }

    private static async Task<List<VideoFrame>> ReadAsync(string path, double fps)
    {
        var frames = new List<VideoFrame>();
        var source = new FfmpegFrameSource(
            new FfprobeVideoProbe(Microsoft.Extensions.Logging.Abstractions.NullLogger<FfprobeVideoProbe>.Instance),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<FfmpegFrameSource>.Instance);
        await foreach (var frame in source.ReadFramesAsync(path, new FrameSampling { FramesPerSecond = fps, ReferenceFramesOnly = false }))
        {
            frames.Add(frame);
        }

        return frames;
    }

    private static RgbImage Crop(RgbImage image, int x, int y, int width, int height)
    {
        var pixels = new byte[width * height * 3];
        for (var row = 0; row < height; row++)
        {
            Array.Copy(image.Pixels, (((y + row) * image.Width) + x) * 3, pixels, row * width * 3, width * 3);
        }

        return new RgbImage(width, height, pixels);
    }

    private static RgbImage Resize(RgbImage image, int width, int height)
    {
        using var bgr = RgbMat.ToBgr(image);
        using var resized = new OpenCvSharp.Mat();
        OpenCvSharp.Cv2.Resize(bgr, resized, new OpenCvSharp.Size(width, height), interpolation: OpenCvSharp.InterpolationFlags.Area);
        return RgbMat.ToRgb(resized);
    }

    private static double MeanDifference(RgbImage a, RgbImage b) =>
        a.Pixels.Zip(b.Pixels, (p, q) => Math.Abs(p - q)).Average();
}
