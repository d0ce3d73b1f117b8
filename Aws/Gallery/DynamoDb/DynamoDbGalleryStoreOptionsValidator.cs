using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Gallery.DynamoDb;

/// <summary>Fails start-up when the gallery table has no usable name or the page size is not positive.</summary>
internal sealed class DynamoDbGalleryStoreOptionsValidator : DynamoDbTableNameValidator<DynamoDbGalleryStoreOptions>
{
    public override ValidateOptionsResult Validate(string? name, DynamoDbGalleryStoreOptions options)
    {
        var table = base.Validate(name, options);
        return table.Failed || options.PageSize >= 1
            ? table
            : ValidateOptionsResult.Fail($"{Owner(name)} needs a {nameof(options.PageSize)} of at least 1; got {options.PageSize}.");
    }

    protected override string Owner(string? name) => "The DynamoDB gallery store";
}
