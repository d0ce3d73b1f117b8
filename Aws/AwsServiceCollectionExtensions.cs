using Amazon.DynamoDBv2;
using Amazon.S3;
using Amazon.SQS;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws;

/// <summary>Registers the AWS clients the providers share.</summary>
public static class AwsServiceCollectionExtensions
{
    /// <summary>Adds IAmazonS3, IAmazonSQS and IAmazonDynamoDB singletons from section "Aws" (idempotent).</summary>
    public static IServiceCollection AddAwsClients(this IServiceCollection services)
    {
        services.AddOptions<AwsOptions>().BindConfiguration(AwsOptions.Section);
        services.TryAddSingleton<IAmazonS3>(sp => AwsClientFactory.CreateS3(sp.GetRequiredService<IOptions<AwsOptions>>().Value));
        services.TryAddSingleton<IAmazonSQS>(sp => AwsClientFactory.CreateSqs(sp.GetRequiredService<IOptions<AwsOptions>>().Value));
        services.TryAddSingleton<IAmazonDynamoDB>(sp => AwsClientFactory.CreateDynamoDb(sp.GetRequiredService<IOptions<AwsOptions>>().Value));
        return services;
    }
}
