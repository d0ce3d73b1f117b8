using System.Security.Cryptography;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws;
using FaceClassifier.Tests.Api.EndToEnd;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Grains.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Aws;

/// <summary>
/// The whole service in AWS mode against the local servers: S3 for the video and frame, DynamoDB for state and
/// reminders, SQS for job work and output events; upload → completed → mail, and nothing left in the queues.
/// </summary>
[Trait("Kind", "integration")]
[Trait("Requires", "Engine")]
public sealed class AwsModeEndToEndTests(LocalAwsServers aws, ITestOutputHelper output) : IClassFixture<LocalAwsServers>, IAsyncLifetime
{
    // sample1.jpg, the middle face (box from Tests/Data/faceref/demo-samples.json).
    private static readonly (double X, double Y, double W, double H) Face = (838, 421, 187, 227);

    private readonly MailDevServer _maildev = new();
    private readonly string _work = TestAssets.TempDirectory();
    private readonly string _names = $"e2e{Guid.NewGuid():N}"[..16];

    public Task InitializeAsync() => _maildev.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _maildev.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Upload_to_completed_to_mail_with_everything_in_aws()
    {
        var photo = TestAssets.DemoImage("sample1.jpg");
        var enrolment = Path.Combine(_work, "enrol.jpg");
        var clip = Path.Combine(_work, "clip.mp4");
        await ClipMaker.CropAsync(photo, Face, margin: 0.4, enrolment);
        await ClipMaker.FaceClipAsync(photo, Face, margin: 1.5, seconds: 12, clip);
        await using var factory = new AwsModeFactory(Settings());
        using var http = factory.CreateClient();

        var enrol = Http.Form(("name", "Middle Person")).WithFile("photo", await File.ReadAllBytesAsync(enrolment), "enrol.jpg");
        Assert.Equal(200, (await http.PostAsync("/api/people", enrol).ReadAsync()).Status);
        var started = DateTime.UtcNow;
        var upload = Http.Form(("name", "Clip Owner"), ("email", "owner@example.com")).WithFile("file", await File.ReadAllBytesAsync(clip), "clip.mp4");
        var (status, body) = await http.PostAsync("/api/upload", upload).ReadAsync();
        Assert.True(status == 200, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;

        var json = await Poll.UntilAsync(
            async () =>
            {
                var text = await http.GetStringAsync($"/api/classification/{id}");
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.GetProperty("data").GetProperty("status").GetString() == "processing" ? null : text;
            },
            "the job to finish",
            TimeSpan.FromMinutes(5));
        var finished = JsonDocument.Parse(json).RootElement.GetProperty("data");
        output.WriteLine($"12 s clip in AWS mode: upload to completed in {(DateTime.UtcNow - started).TotalSeconds:F1} s");

        Assert.Equal("completed", finished.GetProperty("status").GetString());
        Assert.Equal("Middle Person", Assert.Single(finished.GetProperty("result").GetProperty("people").EnumerateArray()).GetProperty("name").GetString());

        // The links are S3 presigned URLs that a plain client can fetch.
        using var plain = new HttpClient();
        var videoUrl = finished.GetProperty("video_file_url").GetString()!;
        var imageUrl = finished.GetProperty("image_file_url").GetString()!;
        Assert.StartsWith($"{aws.S3Url}/{_names}", videoUrl);
        Assert.Contains("X-Amz-Signature=", videoUrl);
        Assert.Equal(SHA256.HashData(await File.ReadAllBytesAsync(clip)), SHA256.HashData(await plain.GetByteArrayAsync(videoUrl)));
        Assert.Equal([0xFF, 0xD8], (await plain.GetByteArrayAsync(imageUrl))[..2]);

        // The job's state is an item in DynamoDB.
        using var dynamo = AwsClientFactory.CreateDynamoDb(aws.Options);
        var items = await dynamo.ScanAsync(new ScanRequest { TableName = $"{_names}-jobs" });
        Assert.Contains(items.Items, item => item["PK"].S.Contains(id.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) || item["PK"].S.Contains(id, StringComparison.OrdinalIgnoreCase));

        // The jobs list reads the job-index table.
        using (var list = JsonDocument.Parse(await http.GetStringAsync("/api/classification")))
        {
            var listed = Assert.Single(list.RootElement.GetProperty("data").GetProperty("jobs").EnumerateArray());
            Assert.Equal((id, "completed", "[\"Middle Person\"]"), (
                listed.GetProperty("id").GetString(), listed.GetProperty("status").GetString(), listed.GetProperty("people").GetRawText()));
        }

        var mail = await _maildev.WaitForMailToAsync("owner@example.com");
        Assert.Contains("Middle Person", mail.Text ?? mail.Html ?? "");
        Assert.Single(await _maildev.AllMailsAsync());

        // Nothing is left in the work, output or dead-letter queues.
        using var sqs = AwsClientFactory.CreateSqs(aws.Options);
        var queues = (await sqs.ListQueuesAsync(_names)).QueueUrls ?? [];
        Assert.True(queues.Count >= 3, $"queues: {string.Join(", ", queues)}");
        foreach (var url in queues)
        {
            await Poll.UntilAsync(
                async () =>
                {
                    var a = await sqs.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]);
                    return a.ApproximateNumberOfMessages + a.ApproximateNumberOfMessagesNotVisible == 0 ? "empty" : null;
                },
                $"{url} to be empty",
                TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public Task Two_thousand_people_are_paged_kept_over_a_restart_and_a_job_names_only_the_right_one()
    {
        var settings = Settings();
        return GalleryScaleScenario.RunAsync(() => new AwsModeFactory(settings), _work, apiKey: null);
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(aws.Settings)
        {
            ["Storage:Provider"] = "S3",
            ["Storage:Bucket"] = _names,
            ["State:Provider"] = "DynamoDB",
            ["State:TablePrefix"] = $"{_names}-",
            ["Queue:Provider"] = "SQS",
            ["Queue:Name"] = $"{_names}-work",
            ["Queue:DeadLetterName"] = $"{_names}-dlq",
            ["Queue:Count"] = "2",
            ["Queue:WaitTime"] = "00:00:01",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = $"{_maildev.SmtpPort}",
            ["Smtp:SecureSocket"] = "None",
            ["Smtp:UserName"] = MailDevServer.UserName,
            ["Smtp:Password"] = MailDevServer.Password,
            ["Security:ApiKey"] = "",
            [FaceClassifier.Storage.DataDirectory.Variable] = _work,
            ["Orleans:SiloPort"] = $"{FreePort.Next()}",
            ["Orleans:GatewayPort"] = $"{FreePort.Next()}",
        };
        foreach (var (key, value) in ServiceCluster.FastSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    private sealed class AwsModeFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
