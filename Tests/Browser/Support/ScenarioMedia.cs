using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Browser.Support;

/// <summary>
/// Inputs for the browser scenario, made with ffmpeg from demo photo sample1 and cached like the test videos.
/// The enrolled face is sample1's face 0 (faceref box 414,355 178x238); the video shows it from another crop and scale.
/// </summary>
internal static class ScenarioMedia
{
    /// <summary>A 356x476 JPEG of face 0 alone, with half a face of margin all round.</summary>
    public static string EnrollmentPhoto => TestVideos.Make(
        "face0-crop", "jpg", ["-i", "{0}", "-vf", "crop=356:476:325:236", "-frames:v", "1", "-q:v", "2"], TestVideos.Photo("sample1.jpg"));

    /// <summary>A 374x454 JPEG of sample1's face 1 alone (faceref box 838,421 187x227), for gallery tests that must not touch face 0.</summary>
    public static string OtherFacePhoto => TestVideos.Make(
        "face1-crop", "jpg", ["-i", "{0}", "-vf", "crop=374:454:745:308", "-frames:v", "1", "-q:v", "2"], TestVideos.Photo("sample1.jpg"));

    /// <summary>sample1 as it is: three faces, so the gallery refuses it.</summary>
    public static string GroupPhoto => TestVideos.Photo("sample1.jpg");

    /// <summary>
    /// 12 s, 800x600, 25 fps h264: an 800x600 window over sample1 scaled to 1440x960 that slides from x=0 to x=640.
    /// Face 0 (here 310,266 134x178) is in view from the start until about 5.8 s; faces 1 and 2 are strangers.
    /// </summary>
    public static string PanVideo => TestVideos.Make(
        "pan-sample1", "mp4",
        [
            "-loop", "1", "-framerate", "25", "-t", "12", "-i", "{0}",
            "-vf", "scale=1440:960,crop=800:600:x='640*t/12':y=160,format=yuv420p",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-g", "25",
        ],
        TestVideos.Photo("sample1.jpg"));
}
