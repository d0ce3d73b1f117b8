using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.Clustering.DynamoDb;
using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Hosting;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Uploads;

namespace FaceClassifier.Tests.Deploy;

/// <summary>The S3 bucket is private, encrypted and expires data; every DynamoDB table is on demand, keyed exactly as its provider keys it.</summary>
[Trait("Kind", "deploy")]
public sealed class TemplateStorageTests(CloudFormationTemplate template) : IClassFixture<CloudFormationTemplate>
{
    [Fact]
    public void Bucket_blocks_public_access_encrypts_and_expires_objects()
    {
        var bucket = Assert.Single(template.ResourcesOfType("AWS::S3::Bucket"));
        var properties = template.Properties(bucket);
        Assert.Equal(
            """{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}""",
            properties["PublicAccessBlockConfiguration"]!.ToJsonString());
        Assert.Null(properties["AccessControl"]);
        Assert.Equal("AES256", properties["BucketEncryption"]!["ServerSideEncryptionConfiguration"]![0]!["ServerSideEncryptionByDefault"]!["SSEAlgorithm"]!.GetValue<string>());

        var rules = properties["LifecycleConfiguration"]!["Rules"]!.AsArray();
        Assert.All(rules, r => Assert.Equal("Enabled", r!["Status"]!.GetValue<string>()));
        Assert.Contains(rules, r => r!["ExpirationInDays"]?.ToJsonString() == """{"Ref":"RetentionDays"}""" && r["Prefix"] is null);
        Assert.Contains(rules, r => r!["AbortIncompleteMultipartUpload"]?["DaysAfterInitiation"]?.GetValue<int>() == 1);
        Assert.Equal("30", template.Default("RetentionDays"));
    }

    [Fact]
    public void Bucket_policy_refuses_plain_http()
    {
        var statement = Assert.Single(template.Properties("DataBucketPolicy")["PolicyDocument"]!["Statement"]!.AsArray())!;
        Assert.Equal("Deny", statement["Effect"]!.GetValue<string>());
        Assert.Equal("false", statement["Condition"]!["Bool"]!["aws:SecureTransport"]!.GetValue<string>());
    }

    [Fact]
    public void Tables_are_on_demand_with_exactly_the_key_schemas_the_providers_create()
    {
        Assert.Equal(ProviderTables.Keys.Order(StringComparer.Ordinal), template.ResourcesOfType("AWS::DynamoDB::Table").Order(StringComparer.Ordinal));
        foreach (var (table, definition) in ProviderTables)
        {
            var properties = template.Properties(table);
            Assert.Equal(definition.BillingMode.Value, properties["BillingMode"]!.GetValue<string>());
            Assert.Null(properties["ProvisionedThroughput"]);
            Assert.Null(properties["GlobalSecondaryIndexes"]);
            Assert.Null(properties["LocalSecondaryIndexes"]);
            Assert.Equal(
                JsonSerializer.Serialize(definition.KeySchema.Select(k => new { k.AttributeName, KeyType = k.KeyType.Value })),
                properties["KeySchema"]!.ToJsonString());
            Assert.Equal(
                JsonSerializer.Serialize(definition.AttributeDefinitions.Select(a => new { a.AttributeName, AttributeType = a.AttributeType.Value })),
                properties["AttributeDefinitions"]!.ToJsonString());
        }

        // Spelled out too, so a provider changing its schema shows up here as well as in its own tests.
        Assert.Equal("""[{"AttributeName":"PK","KeyType":"HASH"}]""", template.Properties("DeadLettersTable")["KeySchema"]!.ToJsonString());
        Assert.Equal(
            """[{"AttributeName":"PK","KeyType":"HASH"},{"AttributeName":"SK","KeyType":"RANGE"}]""",
            template.Properties("RemindersTable")["KeySchema"]!.ToJsonString());
    }

    [Fact]
    public void Table_names_are_the_state_prefix_plus_the_providers_table_names()
    {
        var env = template.Environment("SiloLaunchTemplate");
        var prefix = env["State__TablePrefix"];
        Assert.Equal("${AWS::StackName}-", prefix);
        var expected = StateSiloBuilderExtensions.StorageProviders.Select(p => StateTables.Storage[p])
            .Append(StateTables.Reminders).Append(StateTables.DeadLetters).Append(StateTables.GalleryPeople).Append(StateTables.JobIndex)
            .Select(name => $$"""{"Fn::Sub":"{{prefix}}{{name}}"}""");
        var actual = template.ResourcesOfType("AWS::DynamoDB::Table").Where(t => t != "MembershipTable")
            .Select(t => template.Properties(t)["TableName"]!.ToJsonString());
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

        // Clustering__Table names the membership table by reference (a table's Ref is its name).
        Assert.Equal("${MembershipTable}", env["Clustering__Table"]);
        Assert.Equal("""{"Fn::Sub":"${AWS::StackName}-membership"}""", template.Properties("MembershipTable")["TableName"]!.ToJsonString());
    }

    /// <summary>Each table of the template and the definition its provider creates it with when Aws:CreateResources is on.</summary>
    private static Dictionary<string, CreateTableRequest> ProviderTables => new()
    {
        // DynamoDbGrainStorage (jobs, gallery, PubSubStore) and DynamoDbDeadLetterStore: PK alone.
        ["JobsTable"] = TableSchemas.GrainState("jobs"),
        ["GalleryTable"] = TableSchemas.GrainState("gallery"),
        ["PubSubTable"] = TableSchemas.GrainState("pubsub"),
        ["DeadLettersTable"] = TableSchemas.DeadLetters("dead-letters"),
        // DynamoDbGalleryStore, DynamoDbJobIndex, DynamoDbReminderTable and the membership table: PK + SK.
        ["GalleryPeopleTable"] = TableSchemas.GalleryPeople("gallery-people"),
        ["JobIndexTable"] = TableSchemas.JobIndex("job-index"),
        ["RemindersTable"] = TableSchemas.Reminders("reminders"),
        ["MembershipTable"] = TableSchemas.Membership("membership"),
    };
}
