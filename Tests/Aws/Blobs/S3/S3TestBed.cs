using System.Collections.Concurrent;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Blobs.S3;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws.Blobs.S3;

/// <summary>A fresh bucket name on the local fauxqs S3, a client that records what it sends, and stores over them with their own empty caches.</summary>
internal sealed class S3TestBed : IDisposable
{
    public const long FiveMiB = 5L * 1024 * 1024;

    private readonly string _root = TestAssets.TempDirectory();
    private int _stores;

    public S3TestBed(LocalAwsServers aws, Action<S3StorageOptions>? configure = null, bool createResources = true)
    {
        Aws = aws.Options;
        Aws.CreateResources = createResources;
        Client = (AmazonS3Client)AwsClientFactory.CreateS3(Aws);
        Client.BeforeRequestEvent += (_, e) =>
        {
            var args = (WebServiceRequestEventArgs)e;
            Sent.Enqueue(new SentRequest(args.Request, new Dictionary<string, string>(args.Headers, StringComparer.OrdinalIgnoreCase)));
        };
        Storage = new S3StorageOptions { Bucket = $"s3test-{Guid.NewGuid():N}", PartSize = FiveMiB };
        configure?.Invoke(Storage);
    }

    public AwsOptions Aws { get; }

    public AmazonS3Client Client { get; }

    public S3StorageOptions Storage { get; }

    public string Bucket => Storage.Bucket!;

    /// <summary>Every request the client sent, with its headers, in order.</summary>
    public ConcurrentQueue<SentRequest> Sent { get; } = new();

    public S3Bucket NewBucket() => new(Client, Options.Create(Storage), Options.Create(Aws));

    /// <summary>A store as a silo would have it, with a cache folder of its own (empty).</summary>
    public S3BlobStore NewStore(TimeProvider? clock = null, int listPageSize = 1000) =>
        new(Client, NewBucket(), Options.Create(Storage), NewData(), clock ?? TimeProvider.System, NullLogger<S3BlobStore>.Instance)
        {
            ListPageSize = listPageSize,
        };

    public S3BlobLinks NewLinks(SignedUrlOptions? urls = null) =>
        new(Client, Options.Create(Storage), Options.Create(urls ?? new SignedUrlOptions()), Options.Create(Aws));

    /// <summary>Every file in the stores' data folders (their caches, with any temp files).</summary>
    public string[] LocalFiles() => Directory.GetFiles(_root, "*", SearchOption.AllDirectories);

    public int Count<T>() where T : AmazonWebServiceRequest => Sent.Count(r => r.Request is T);

    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    public static async Task<string> Sha256Async(Stream stream) => Convert.ToHexString(await SHA256.HashDataAsync(stream));

    public void Dispose()
    {
        Client.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private DataDirectory NewData() => new(Path.Combine(_root, $"silo{Interlocked.Increment(ref _stores)}"));
}

/// <summary>One request as the S3 client sent it.</summary>
internal sealed record SentRequest(AmazonWebServiceRequest Request, IReadOnlyDictionary<string, string> Headers);
