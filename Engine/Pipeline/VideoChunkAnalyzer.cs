using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Engine.Vision.Tracking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>
/// Reads the sampled frames of one time range, finds the faces and follows them with a <see cref="FaceTracker"/>. The
/// detector runs on every <see cref="TrackingOptions.DetectionInterval"/>th frame, when a face is lost and when
/// something new appears; between, the faces are followed by the landmark net (<see cref="FaceFollower"/>). A face the
/// detector misses on one of its frames is followed through that frame too.
/// </summary>
public sealed partial class VideoChunkAnalyzer(
    IFrameSource frameSource,
    IFaceDetector detector,
    ILandmarkDetector landmarkDetector,
    IFaceAligner aligner,
    IFaceEmbedder embedder,
    IOptions<TrackingOptions> options,
    IOptions<FaceQualityOptions> quality,
    ILogger<VideoChunkAnalyzer> logger) : IVideoChunkAnalyzer
{
    public async Task<ChunkAnalysis> AnalyzeAsync(string videoPath, FrameSampling sampling, IProgress<int>? framesDone = null, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var tracker = new FaceTracker(o, quality.Value.Evidence);
        var follower = new FaceFollower(landmarkDetector, aligner, o.FollowSimilarity, o.MinIoU);
        using var newContent = new NewContentCheck(o.NewContentLevel);
        var clock = new AnalysisClock();
        var facesDetected = 0;
        var descriptors = 0;
        var end = sampling.Start;
        List<FoundFace> previous = [];
        var sinceDetection = o.DetectionInterval;
        var lastShift = default(Point2);
        var frames = frameSource.ReadFramesAsync(videoPath, sampling, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (frames)
        {
            while (await NextAsync(frames, clock))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var image = frames.Current.Image;
                var shift = sinceDetection + 1 < o.DetectionInterval ? newContent.Shift(image) : null;
                var motion = shift is { } s ? new Point2(s.X - lastShift.X, s.Y - lastShift.Y) : default;
                var followedEach = shift is null ? null : follower.Follow(image, previous, motion, clock);
                var found = followedEach is null ? null : AllFollowed(followedEach, newContent);
                var followed = found is not null;
                if (found is null)
                {
                    found = Detect(image, clock);
                    found.AddRange(FollowMissed(image, previous, followedEach, found, motion, follower, clock));
                    newContent.Remember(image, [.. found.Select(f => f.Face.Detection.Box)]);
                    (sinceDetection, lastShift) = (0, default);
                    clock.DetectedFrames++;
                }
                else
                {
                    (sinceDetection, lastShift) = (sinceDetection + 1, shift!.Value);
                    clock.FollowedFrames++;
                }

                var faces = found.ConvertAll(f => f.Face);
                descriptors += Describe(faces, found, tracker.NeedsDescriptors(faces, followed), clock);
                tracker.Observe(frames.Current.Timestamp, faces);
                facesDetected += faces.Count;
                end = frames.Current.Timestamp;
                previous = found;
                framesDone?.Report(tracker.Frames);
            }
        }

        var tracks = tracker.Tracks();
        var times = clock.Stop();
        LogChunkAnalysed(videoPath, sampling.Start, end, tracker.Frames, times.DetectedFrames, facesDetected, descriptors, tracks.Count);
        return new ChunkAnalysis(sampling.Start, sampling.End ?? end, tracker.Frames, facesDetected, tracks) { Times = times };
    }

    private static async ValueTask<bool> NextAsync(IAsyncEnumerator<VideoFrame> frames, AnalysisClock clock)
    {
        var started = clock.StartDecode();
        var more = await frames.MoveNextAsync();
        clock.EndDecode(started);
        return more;
    }

    /// <summary>The previous frame's faces followed into this one, or null when one was lost or something new appeared.</summary>
    private static List<FoundFace>? AllFollowed(FoundFace?[] followedEach, NewContentCheck newContent)
    {
        var followed = followedEach.OfType<FoundFace>().ToList();
        return followed.Count == followedEach.Length && !newContent.HasNewContent([.. followed.Select(f => f.Face.Detection.Box)]) ? followed : null;
    }

    /// <summary>
    /// Faces of the previous frame the detector missed in this one (a score just under its floor, a face half out of the
    /// picture) that the landmarks still follow, taken from <paramref name="alreadyFollowed"/> when this frame was
    /// followed before it was detected; a face the detector misses twice in a row is let go.
    /// </summary>
    private List<FoundFace> FollowMissed(
        RgbImage image, List<FoundFace> previous, FoundFace?[]? alreadyFollowed, List<FoundFace> detected, Point2 cameraMotion, FaceFollower follower, AnalysisClock clock)
    {
        bool Detected(FaceBox box) => detected.Any(d => d.Face.Detection.Box.IoU(box) >= options.Value.MinIoU);

        var missed = Enumerable.Range(0, previous.Count).Where(i => previous[i].Confirmed && !Detected(previous[i].Face.Detection.Box)).ToList();
        if (missed.Count == 0)
        {
            return [];
        }

        IEnumerable<FoundFace?> followed = alreadyFollowed is not null
            ? missed.Select(i => alreadyFollowed[i])
            : follower.Follow(image, missed.ConvertAll(i => previous[i]), cameraMotion, clock);
        return [.. followed.OfType<FoundFace>().Where(f => !Detected(f.Face.Detection.Box)).Select(f => f with { Confirmed = false })];
    }

    private List<FoundFace> Detect(RgbImage image, AnalysisClock clock)
    {
        var detections = clock.Detect(() => detector.DetectInVideoFrame(image));
        if (detections.Count == 0)
        {
            return [];
        }

        var marks = clock.Landmarks(() => landmarkDetector.Detect(image, [.. detections.Select(d => d.Box)]));
        return [.. detections.Select((d, i) =>
        {
            var chip = clock.Align(() => aligner.Align(image, marks[i]));
            return new FoundFace(new AnalyzedFace(d, marks[i], null, FaceQuality.Measure(d, marks[i], chip)), chip);
        })];
    }

    /// <summary>Embeds the chips that need a descriptor in one batch and puts the descriptors on their faces.</summary>
    private int Describe(List<AnalyzedFace> faces, List<FoundFace> found, bool[] needs, AnalysisClock clock)
    {
        var wanted = Enumerable.Range(0, faces.Count).Where(i => needs[i]).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        var descriptors = clock.Embed(() => embedder.Embed(wanted.ConvertAll(i => found[i].Chip)));
        for (var k = 0; k < wanted.Count; k++)
        {
            faces[wanted[k]] = faces[wanted[k]] with { Descriptor = descriptors[k] };
            found[wanted[k]] = found[wanted[k]] with { Face = faces[wanted[k]] };
        }

        return wanted.Count;
    }
}
