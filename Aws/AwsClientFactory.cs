using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace FaceClassifier.Aws;

/// <summary>Creates one client per AWS service, honouring the endpoint overrides in <see cref="AwsOptions"/>.</summary>
public static class AwsClientFactory
{
    /// <summary>An S3 client; path-style addressing when the endpoint is overridden (local servers).</summary>
    public static IAmazonS3 CreateS3(AwsOptions options)
    {
        var config = Configure(new AmazonS3Config(), options.S3);
        // Local servers answer on one host name, not on bucket subdomains.
        config.ForcePathStyle = options.S3.ServiceUrl is { Length: > 0 };
        return new AmazonS3Client(config);
    }

    /// <summary>An SQS client.</summary>
    public static IAmazonSQS CreateSqs(AwsOptions options) => new AmazonSQSClient(Configure(new AmazonSQSConfig(), options.Sqs));

    /// <summary>A DynamoDB client.</summary>
    public static IAmazonDynamoDB CreateDynamoDb(AwsOptions options) =>
        new AmazonDynamoDBClient(Configure(new AmazonDynamoDBConfig(), options.DynamoDb));

    private static T Configure<T>(T config, AwsEndpointOptions endpoint) where T : ClientConfig
    {
        // Throttling and 5xx are retried by the SDK with backoff; the caller turns what is left into a clear error.
        config.RetryMode = RequestRetryMode.Standard;
        config.MaxErrorRetry = 4;
        if (endpoint.ServiceUrl is { Length: > 0 } url)
        {
            config.ServiceURL = url;
        }

        return config;
    }
}
