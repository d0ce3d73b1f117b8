using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Tests.Testing;

/// <summary>
/// The timeline of <see cref="TestVideos.FaceAppearsAndLeaves"/>: 640x360, 25 fps, 6 s. A 180x220 crop
/// around sample1's first face enters from the left at 1.0 s, is fully in view from 1.5 s to 4.0 s
/// (centred, at <see cref="BoxWhileInView"/>), leaves to the right by 4.5 s; before and after only
/// the face-free wall of <see cref="TestVideos.NoFaces"/> shows.
/// </summary>
public static class FaceInOut
{
    public const int Width = 640;
    public const int Height = 360;
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(6);
    public static readonly TimeSpan EntersAt = TimeSpan.FromSeconds(1.0);
    public static readonly TimeSpan InViewFrom = TimeSpan.FromSeconds(1.5);
    public static readonly TimeSpan InViewUntil = TimeSpan.FromSeconds(4.0);
    public static readonly TimeSpan GoneAt = TimeSpan.FromSeconds(4.5);

    /// <summary>The pasted crop (not the tight face box) while fully in view.</summary>
    public static readonly FaceBox BoxWhileInView = new(230, 70, 180, 220);

    /// <summary>The face-api reference's detection box while in view (Tests/Data/videos/face-in-out.json, rounded).</summary>
    public static readonly FaceBox ReferenceFaceBox = new(259, 108, 115, 150);

    /// <summary>True when any part of the crop is in the frame at <paramref name="time"/>.</summary>
    public static bool AnyPartVisible(TimeSpan time) => time > EntersAt && time < GoneAt;

    internal static readonly string[] Args =
    [
        "-loop", "1", "-framerate", "25", "-t", "6", "-i", "{0}",
        "-loop", "1", "-framerate", "25", "-t", "6", "-i", "{1}",
        "-filter_complex",
        "[0:v]crop=600:250:1320:0,scale=640:360,setsar=1[wall];" +
        "[1:v]crop=260:320:373:320,scale=180:220,setsar=1[face];" +
        "[wall][face]overlay=y=70:eval=frame:x='if(lt(t,1),-w,if(lt(t,1.5),-w+(t-1)/0.5*(230+w),if(lt(t,4),230,if(lt(t,4.5),230+(t-4)/0.5*(W-230),W))))',format=yuv420p[v]",
        "-map", "[v]", "-t", "6", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-g", "25",
    ];
}
