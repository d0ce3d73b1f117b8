using System.Diagnostics;

namespace FaceClassifier.Bench.Service;

/// <summary>
/// What a user sees, through the real service process: upload answer → job completed for a 60 s 720p video (first job
/// after start, then warm), a 1080p one, four 720p at once; then photo detection latency beside faceref.
/// Usage: bench service [faceref run.sh]
/// </summary>
internal static class ServiceBench
{
    private static readonly TimeSpan JobDeadline = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(string[] args)
    {
        var faceref = args.Length > 0 ? args[0] : null;
        var duration = TimeSpan.FromSeconds(60);
        var video720 = FrameExtractionBench.Make720p(duration);
        var video1080 = FrameExtractionBench.Make1080p(duration);
        Console.WriteLine($"service bench: {Environment.ProcessorCount} cores; the real service (Api dll, embedded silo, local files, fresh data folder, rate limits off)");
        Console.WriteLine($"videos: 60 s pan over demo sample1, h264 25 fps, keyframe every 2 s: 1280x720 {Megabytes(video720)}, 1920x1080 {Megabytes(video1080)}");
        Console.WriteLine("video times: from the upload's answer until GET /api/classification/{id} (polled every 50 ms) says completed");

        PhotoTimes photos;
        var watch = Stopwatch.StartNew();
        await using (var service = await ServiceProcess.StartAsync(TimeSpan.FromMinutes(3)))
        {
            Console.WriteLine($"service ready (GET /health 200) {watch.Elapsed.TotalSeconds:F1} s after start, at {service.Address}");
            try
            {
                using var client = new ServiceClient(service.Address);
                var first = await RunJobAsync(client, video720);
                Console.WriteLine($"a. first job after start, 720p: {first.Seconds,6:F2} s  (the upload request itself {first.Upload:F2} s; {first.Counts})");
                Report("b. warm 720p, median of 3:", await RepeatAsync(client, video720, 3));
                Report("c. warm 1080p, median of 2:", await RepeatAsync(client, video1080, 2));
                await FourAtOnceAsync(client, video720);
                photos = await PhotoTimes.MeasureAsync(client, rounds: 5);
            }
            catch
            {
                service.KeepLog = true;
                throw;
            }
        }

        // faceref runs after the service has stopped, so the two never share the cores.
        photos.Report(faceref);
    }

    private static async Task<JobRun> RunJobAsync(ServiceClient client, string video)
    {
        var (id, sent, answered) = await client.UploadAsync(video);
        var (counts, completed) = await client.WaitCompletedAsync(id, JobDeadline);
        return new JobRun((answered - sent).TotalSeconds, (completed - answered).TotalSeconds, counts);
    }

    private static async Task<List<JobRun>> RepeatAsync(ServiceClient client, string video, int runs)
    {
        var all = new List<JobRun>();
        for (var i = 0; i < runs; i++)
        {
            all.Add(await RunJobAsync(client, video));
        }

        return all;
    }

    private static void Report(string name, List<JobRun> runs)
    {
        var each = string.Join(", ", runs.Select(r => r.Seconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
        Console.WriteLine($"{name,-31} {Median(runs.Select(r => r.Seconds)),6:F2} s  (runs {each} s; upload requests median {Median(runs.Select(r => r.Upload)):F2} s; {runs[^1].Counts})");
    }

    private static async Task FourAtOnceAsync(ServiceClient client, string video)
    {
        var jobs = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            var (id, sent, answered) = await client.UploadAsync(video);
            var (counts, completed) = await client.WaitCompletedAsync(id, JobDeadline);
            return (Sent: sent, Answered: answered, Completed: completed, Counts: counts);
        }));
        var start = jobs.Min(j => j.Answered);
        var done = string.Join(", ", jobs.Select(j => (j.Completed - start).TotalSeconds).Order().Select(s => s.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
        Console.WriteLine($"d. four 720p at once:           {(jobs.Max(j => j.Completed) - start).TotalSeconds,6:F2} s  from the first upload answer to the last completed " +
            $"(completed at {done} s; all four uploads answered {(jobs.Max(j => j.Answered) - jobs.Min(j => j.Sent)).TotalSeconds:F2} s after the first was sent; {string.Join(" / ", jobs.Select(j => j.Counts).Distinct())})");
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Megabytes(string path) => $"{new FileInfo(path).Length / 1e6:F1} MB";

    private sealed record JobRun(double Upload, double Seconds, JobCounts Counts);
}
