using System.Globalization;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Gallery.Storage;

namespace FaceClassifier.Aws.Gallery.DynamoDb;

public sealed partial class DynamoDbGalleryStore
{
    private const string NameAttribute = "Name";
    private const string CreatedAtAttribute = "CreatedAt";
    private const string UpdatedAtAttribute = "UpdatedAt";
    private const string DimensionAttribute = "Dimension";
    private const string DescriptorsAttribute = "Descriptors";
    private const string ThumbnailAttribute = "Thumbnail";

    private static AttributeValue Partition(int shard)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        return new AttributeValue { S = $"shard/{shard.ToString(CultureInfo.InvariantCulture)}" };
    }

    private static Dictionary<string, AttributeValue> Key(int shard, string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        return new() { [TableSchemas.PartitionKey] = Partition(shard), [TableSchemas.SortKey] = new AttributeValue { S = personId } };
    }

    private static Dictionary<string, AttributeValue> ToItem(int shard, StoredPerson person)
    {
        var item = Key(shard, person.PersonId);
        var dimension = person.Descriptors.Count == 0 ? 0 : person.Descriptors[0].Length;
        item[CreatedAtAttribute] = new AttributeValue { S = person.CreatedAt.ToString("O", CultureInfo.InvariantCulture) };
        item[UpdatedAtAttribute] = new AttributeValue { S = person.UpdatedAt.ToString("O", CultureInfo.InvariantCulture) };
        item[DimensionAttribute] = new AttributeValue { N = dimension.ToString(CultureInfo.InvariantCulture) };
        // Empty strings and binaries are left out rather than relying on every DynamoDB implementation accepting them.
        if (person.Descriptors.Count > 0 && dimension > 0)
        {
            item[DescriptorsAttribute] = new AttributeValue { B = new MemoryStream(GalleryRecords.EncodeDescriptors(person.Descriptors)) };
        }

        foreach (var (name, value) in new[] { (NameAttribute, person.Name), (ThumbnailAttribute, person.ThumbnailKey) })
        {
            if (value is { Length: > 0 })
            {
                item[name] = new AttributeValue { S = value };
            }
        }

        return item;
    }

    private static StoredPerson ToPerson(Dictionary<string, AttributeValue> item)
    {
        var dimension = int.Parse(item[DimensionAttribute].N, CultureInfo.InvariantCulture);
        return new StoredPerson(
            item[TableSchemas.SortKey].S,
            item.TryGetValue(NameAttribute, out var name) ? name.S : "",
            Timestamp(item[CreatedAtAttribute]),
            Timestamp(item[UpdatedAtAttribute]),
            item.TryGetValue(DescriptorsAttribute, out var descriptors) ? GalleryRecords.DecodeDescriptors(descriptors.B.ToArray(), dimension) : [],
            item.TryGetValue(ThumbnailAttribute, out var thumbnail) ? thumbnail.S : null);
    }

    private static DateTimeOffset Timestamp(AttributeValue value) =>
        DateTimeOffset.Parse(value.S, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
