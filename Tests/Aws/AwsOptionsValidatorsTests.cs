using FaceClassifier.Aws.Blobs.S3;
using FaceClassifier.Aws.Clustering.DynamoDb;
using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.Gallery.DynamoDb;
using FaceClassifier.Aws.Persistence.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws;

/// <summary>The AWS providers' option validators: a usable value passes; each rule fails alone with its message; the registrations check at start.</summary>
public sealed class AwsOptionsValidatorsTests
{
    private const string TableRule = "of 3-255 letters, digits, '_', '-' or '.'";

    [Fact]
    public void Usable_values_pass()
    {
        const string table = "faceclassifier-state.v1";
        Assert.True(new DynamoDbGrainStorageOptionsValidator().Validate("jobs", new() { TableName = table }).Succeeded);
        Assert.True(new DynamoDbReminderTableOptionsValidator().Validate(null, new() { TableName = table }).Succeeded);
        Assert.True(new DynamoDbDeadLetterStoreOptionsValidator().Validate(null, new() { TableName = table }).Succeeded);
        Assert.True(new DynamoDbClusteringOptionsValidator().Validate(null, new() { TableName = table }).Succeeded);
        Assert.True(new S3SignedUrlOptionsValidator().Validate(null, new() { Lifetime = TimeSpan.FromDays(7), MailLifetime = TimeSpan.FromDays(7) }).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("a table")]
    public void The_dynamodb_stores_refuse_an_unusable_table_name(string table)
    {
        Assert.Equal(
            [$"DynamoDB grain storage 'jobs' needs a TableName {TableRule}; got '{table}'."],
            new DynamoDbGrainStorageOptionsValidator().Validate("jobs", new() { TableName = table }).Failures);
        Assert.Equal(
            [$"The DynamoDB reminder table needs a TableName {TableRule}; got '{table}'."],
            new DynamoDbReminderTableOptionsValidator().Validate(null, new() { TableName = table }).Failures);
        Assert.Equal(
            [$"The DynamoDB dead-letter store needs a TableName {TableRule}; got '{table}'."],
            new DynamoDbDeadLetterStoreOptionsValidator().Validate(null, new() { TableName = table }).Failures);
    }

    [Fact]
    public void Clustering_refuses_a_missing_then_an_invalid_table_name()
    {
        Assert.Equal(
            ["DynamoDB clustering needs TableName (setting Clustering:Table, environment variable Clustering__Table)."],
            new DynamoDbClusteringOptionsValidator().Validate(null, new() { TableName = " " }).Failures);
        Assert.Equal(
            ["DynamoDB clustering table name 'a table' is invalid: use 3 to 255 letters, digits, '_', '-' or '.'."],
            new DynamoDbClusteringOptionsValidator().Validate(null, new() { TableName = "a table" }).Failures);
    }

    [Theory]
    [InlineData(8, 1)]
    [InlineData(1, 8)]
    public void S3_refuses_links_longer_than_seven_days(int lifetimeDays, int mailLifetimeDays)
    {
        var options = new SignedUrlOptions { Lifetime = TimeSpan.FromDays(lifetimeDays), MailLifetime = TimeSpan.FromDays(mailLifetimeDays) };

        Assert.Equal(
            ["SignedUrls:Lifetime and SignedUrls:MailLifetime must be at most 7 days with Storage:Provider=S3 (S3's limit for presigned links)"],
            new S3SignedUrlOptionsValidator().Validate(null, options).Failures);
    }

    [Fact]
    public void The_silo_registrations_check_every_table_name_at_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseOrleans(silo => silo
            .AddDynamoDbGrainStorage("complete", o => o.Configure(s => s.TableName = "faceclassifier-state"))
            .AddDynamoDbGrainStorage("tableless", _ => { })
            .UseDynamoDbReminderService(_ => { })
            .AddDynamoDbDeadLetterStore(_ => { })
            .AddDynamoDbGalleryStore(_ => { })
            .UseDynamoDbClustering(_ => { }));
        using var host = builder.Build();

        var error = Assert.Throws<AggregateException>(host.Services.GetRequiredService<IStartupValidator>().Validate);

        var failures = error.InnerExceptions.Cast<OptionsValidationException>().ToDictionary(e => e.OptionsType, e => e.Message);
        Assert.Equal(5, failures.Count);
        Assert.StartsWith("DynamoDB grain storage 'tableless' needs a TableName", failures[typeof(DynamoDbGrainStorageOptions)]);
        Assert.StartsWith("The DynamoDB reminder table needs a TableName", failures[typeof(DynamoDbReminderTableOptions)]);
        Assert.StartsWith("The DynamoDB dead-letter store needs a TableName", failures[typeof(DynamoDbDeadLetterStoreOptions)]);
        Assert.StartsWith("The DynamoDB gallery store needs a TableName", failures[typeof(DynamoDbGalleryStoreOptions)]);
        Assert.StartsWith("DynamoDB clustering needs TableName", failures[typeof(DynamoDbClusteringOptions)]);
    }
}
