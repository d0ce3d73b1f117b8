using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Gallery.DynamoDb;

/// <summary>Options of the DynamoDB gallery store.</summary>
public sealed class DynamoDbGalleryStoreOptions : IDynamoDbTableOptions
{
    /// <summary>The table holding one item per person; required. Its key schema is <c>PK</c> (S) + <c>SK</c> (S).</summary>
    public string TableName { get; set; } = "";

    /// <summary>Create the table at silo start when it is missing; when false its absence fails the start.</summary>
    public bool CreateIfNotExists { get; set; }

    /// <summary>The most people one page holds (the query's Limit; DynamoDB also ends a page at 1 MB).</summary>
    public int PageSize { get; set; } = 200;
}
