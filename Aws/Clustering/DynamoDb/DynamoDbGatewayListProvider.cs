using Amazon.DynamoDBv2;
using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Messaging;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>Tells Orleans clients the gateways of a cluster's active silos, read from the DynamoDB membership table.</summary>
internal sealed class DynamoDbGatewayListProvider(
    IAmazonDynamoDB client,
    IOptions<DynamoDbClusteringOptions> options,
    IOptions<ClusterOptions> cluster,
    IOptions<GatewayOptions> gateway) : IGatewayListProvider
{
    public TimeSpan MaxStaleness => gateway.Value.GatewayListRefreshPeriod;

    public bool IsUpdatable => true;

    public Task InitializeGatewayListProvider() =>
        DynamoDbTables.EnsureAsync(client, TableSchemas.Membership(options.Value.TableName), options.Value.CreateIfNotExists);

    public async Task<IList<Uri>> GetGateways()
    {
        var partition = await ClusterPartition.ReadAsync(client, options.Value.TableName, cluster.Value.ClusterId, CancellationToken.None);
        return
        [
            .. partition.Rows
                .Select(r => r.Entry)
                .Where(e => e.Status == SiloStatus.Active && e.ProxyPort > 0)
                .Select(e => SiloAddress.New(e.SiloAddress.Endpoint.Address, e.ProxyPort, e.SiloAddress.Generation).ToGatewayUri()),
        ];
    }
}
