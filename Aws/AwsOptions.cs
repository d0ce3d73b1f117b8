namespace FaceClassifier.Aws;

/// <summary>
/// How FaceClassifier reaches AWS (section "Aws"). Credentials and region come from the SDK's default chain
/// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, instance profile); endpoints can be pointed at local servers.
/// </summary>
public sealed class AwsOptions
{
    public const string Section = "Aws";

    /// <summary>Create missing tables, buckets and queues at start; when false their absence is a start-up error.</summary>
    public bool CreateResources { get; set; }

    public AwsEndpointOptions S3 { get; set; } = new();

    public AwsEndpointOptions Sqs { get; set; } = new();

    public AwsEndpointOptions DynamoDb { get; set; } = new();
}

/// <summary>An endpoint override for one AWS service, such as a local server in tests.</summary>
public sealed class AwsEndpointOptions
{
    /// <summary>The service URL (e.g. http://127.0.0.1:4566); empty means the region's AWS endpoint.</summary>
    public string? ServiceUrl { get; set; }
}
