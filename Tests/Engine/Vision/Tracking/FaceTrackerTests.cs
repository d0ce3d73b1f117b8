using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Engine.Vision.Tracking;
using static FaceClassifier.Tests.Engine.Vision.SyntheticDescriptors;
using static FaceClassifier.Tests.Engine.Vision.Tracking.TestFaces;

namespace FaceClassifier.Tests.Engine.Vision.Tracking;

[Trait("Kind", "unit")]
public class FaceTrackerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(0.5);
    private static readonly FaceQualityFloors Evidence = new FaceQualityOptions().Evidence;

    [Fact]
    public void A_face_moving_steadily_is_one_track()
    {
        var tracker = new FaceTracker(new TrackingOptions { EvidenceFrames = 1 }, Evidence);

        var requests = Enumerable.Range(0, 20).Sum(k => Frame(tracker, k, (Face(10 + 4 * k, 50), Sighting(1, k))));

        var track = Assert.Single(tracker.Tracks());
        Assert.Equal((1, TimeSpan.Zero, TimeSpan.FromSeconds(9.5), 20), (track.TrackId, track.FirstSeen, track.LastSeen, track.Appearances));
        Assert.Equal(128, track.Descriptor.Length);
        Assert.True(Distance(track.Descriptor, Person(1)) < 0.3f);
        // New track, then whenever the box has drifted to IoU < 0.6 from the last described box: 28 px = frames 7 and 14.
        Assert.Equal(3, requests);
    }

    [Fact]
    public void A_moving_face_followed_by_its_landmarks_needs_no_descriptor_for_its_moved_box()
    {
        var tracker = new FaceTracker(new TrackingOptions { EvidenceFrames = 1 }, Evidence);

        // Detected on frame 0, followed after: the drift that asked for descriptors on frames 7 and 14 above asks for none;
        // only the every-tenth-appearance rule asks once more.
        var requests = Enumerable.Range(0, 20).Sum(k => Frame(tracker, k, followed: k > 0, (Face(10 + 4 * k, 50), Sighting(1, k))));

        Assert.Equal(20, Assert.Single(tracker.Tracks()).Appearances);
        Assert.Equal(2, requests);
    }

    [Fact]
    public void A_stable_track_needs_a_descriptor_only_every_tenth_frame()
    {
        var tracker = new FaceTracker(new TrackingOptions { EvidenceFrames = 1 }, Evidence);

        var requests = Enumerable.Range(0, 30).Sum(k => Frame(tracker, k, (Face(200 + 2 * (k % 2), 80), Sighting(1, k))));

        Assert.Equal(30, Assert.Single(tracker.Tracks()).Appearances);
        Assert.Equal(3, requests);
    }

    [Fact]
    public void Every_frame_needs_a_descriptor_when_the_interval_is_one()
    {
        var tracker = new FaceTracker(new TrackingOptions { DescriptorInterval = 1 }, Evidence);

        var requests = Enumerable.Range(0, 30).Sum(k => Frame(tracker, k, (Face(200 + 2 * (k % 2), 80), Sighting(1, k))));

        Assert.Equal(30, requests);
    }

    [Fact]
    public void A_clearly_better_frame_gets_a_descriptor()
    {
        var tracker = new FaceTracker(new TrackingOptions { EvidenceFrames = 1 }, Evidence);
        float[] sharpness = [100, 100, 105, 300, 300, 310];

        var requested = sharpness.Select((s, k) => Frame(tracker, k, (Face(100, 100, sharpness: s), Sighting(1, k)))).ToList();

        Assert.Equal([1, 0, 0, 1, 0, 0], requested);
        Assert.Equal(TimeSpan.FromSeconds(2.5), Assert.Single(tracker.Tracks()).BestFrameTime);
    }

    [Fact]
    public void Two_crossing_faces_stay_separate_tracks()
    {
        var tracker = new FaceTracker(new TrackingOptions(), Evidence);

        for (var k = 0; k <= 20; k++)
        {
            // Close enough that by overlap alone track A would take face B at k = 11. Listed left to right, as a
            // detector scanning the image would, so the order flips once they cross.
            var a = (Face(20 * k, 100, sharpness: 100 + 10 * k), Sighting(1, k));
            var b = (Face(410 - 20 * k, 110, sharpness: 100 + 10 * k), Sighting(2, k));
            Frame(tracker, k, 20 * k <= 410 - 20 * k ? [a, b] : [b, a]);
        }

        var tracks = tracker.Tracks();
        Assert.Equal(2, tracks.Count);
        Assert.All(tracks, t => Assert.Equal(21, t.Appearances));
        Assert.Equal(new FaceBox(400, 100, 100, 100), tracks[0].BestBox);
        Assert.Equal(new FaceBox(10, 110, 100, 100), tracks[1].BestBox);
        Assert.True(Distance(tracks[0].Descriptor, Person(1)) < 0.3f);
        Assert.True(Distance(tracks[1].Descriptor, Person(2)) < 0.3f);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void A_gap_longer_than_allowed_splits_the_track(int missedFrames, int expectedTracks)
    {
        var tracker = new FaceTracker(new TrackingOptions { MaxMissedFrames = 2 }, Evidence);
        var k = 0;
        for (; k < 5; k++)
        {
            Frame(tracker, k, (Face(100, 100), Sighting(1, k)));
        }

        for (; k < 5 + missedFrames; k++)
        {
            Frame(tracker, k);
        }

        for (var end = k + 5; k < end; k++)
        {
            Frame(tracker, k, (Face(100, 100), Sighting(1, k)));
        }

        var tracks = tracker.Tracks();
        Assert.Equal(expectedTracks, tracks.Count);
        Assert.Equal(10, tracks.Sum(t => t.Appearances));
        Assert.Equal(Step * (k - 1), tracks[^1].LastSeen);
        Assert.Equal(expectedTracks == 1 ? TimeSpan.Zero : Step * (5 + missedFrames), tracks[^1].FirstSeen);
    }

    [Fact]
    public void The_best_frame_is_large_sharp_and_frontal()
    {
        var tracker = new FaceTracker(new TrackingOptions(), Evidence);

        Frame(tracker, 0, (Face(100, 100, size: 100, sharpness: 200), Sighting(1, 0)));
        Frame(tracker, 1, (Face(100, 100, size: 100, sharpness: 220, noseShift: 0.15f), Sighting(1, 1)));
        Frame(tracker, 2, (Face(100, 100, size: 100, sharpness: 50), Sighting(1, 2)));

        var track = Assert.Single(tracker.Tracks());
        Assert.Equal(TimeSpan.Zero, track.BestFrameTime);
        // size min(1, 100/150) x sharpness 200/(200+100) x frontalness of the chip template (~1).
        Assert.Equal(4f / 9, track.BestQuality, 2);
    }

    [Fact]
    public void A_new_track_describes_its_first_good_frames_as_its_evidence()
    {
        var tracker = new FaceTracker(new TrackingOptions { EvidenceFrames = 3 }, Evidence);

        var requested = Enumerable.Range(0, 6).Select(k => Frame(tracker, k, (Face(200, 80), Sighting(1, k)))).ToList();

        Assert.Equal([1, 1, 1, 0, 0, 0], requested);
        var track = Assert.Single(tracker.Tracks());
        Assert.Equal([Sighting(1, 0), Sighting(1, 1), Sighting(1, 2)], track.Evidence);
    }

    [Fact]
    public void Small_blurred_or_uncertain_faces_are_tracked_but_never_evidence()
    {
        // 40 px boxes put 15 px between the eyes, under the 20 px floor.
        (string Kind, Func<int, AnalyzedFace> Face)[] poor =
        [
            ("small", k => Face(200, 80, size: 40)),
            ("blurred", k => Face(200, 80, sharpness: 5)),
            ("uncertain", k => Face(200, 80, score: 0.55f)),
            ("turned", k => Face(200, 80, noseShift: 0.2f)),
        ];
        foreach (var (kind, face) in poor)
        {
            var tracker = new FaceTracker(new TrackingOptions(), Evidence);
            Assert.NotNull(Evidence.Check(face(0).Quality));

            foreach (var k in Enumerable.Range(0, 12))
            {
                Frame(tracker, k, (face(k), Sighting(1, k)));
            }

            var track = Assert.Single(tracker.Tracks());
            Assert.Equal(12, track.Appearances);
            Assert.True(track.Descriptor.Length == 128, kind);
            Assert.True(track.Evidence.Count == 0, kind);
        }
    }

    /// <summary>Runs one frame the way the analyzer does and returns how many descriptors the tracker asked for.</summary>
    private static int Frame(FaceTracker tracker, int k, params (AnalyzedFace Face, float[] Descriptor)[] faces) =>
        Frame(tracker, k, followed: false, faces);

    private static int Frame(FaceTracker tracker, int k, bool followed, params (AnalyzedFace Face, float[] Descriptor)[] faces)
    {
        var bare = faces.Select(f => f.Face).ToList();
        var needs = tracker.NeedsDescriptors(bare, followed);
        tracker.Observe(Step * k, [.. bare.Select((f, i) => needs[i] ? f with { Descriptor = faces[i].Descriptor } : f)]);
        return needs.Count(n => n);
    }
}
