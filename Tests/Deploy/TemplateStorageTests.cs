namespace FaceClassifier.Tests.Deploy;

/// <summary>The S3 bucket is private, encrypted and expires data; every DynamoDB table is on demand with PK + SK.</summary>
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
    public void Tables_are_on_demand_keyed_by_PK_and_SK_and_named_by_the_state_prefix()
    {
        var tables = template.ResourcesOfType("AWS::DynamoDB::Table");
        Assert.Equal(["GalleryTable", "JobsTable", "MembershipTable", "PubSubTable", "RemindersTable"], tables.Order(StringComparer.Ordinal));
        foreach (var table in tables)
        {
            var properties = template.Properties(table);
            Assert.Equal("PAY_PER_REQUEST", properties["BillingMode"]!.GetValue<string>());
            Assert.Null(properties["ProvisionedThroughput"]);
            Assert.Equal("""[{"AttributeName":"PK","KeyType":"HASH"},{"AttributeName":"SK","KeyType":"RANGE"}]""", properties["KeySchema"]!.ToJsonString());
            Assert.Equal("""[{"AttributeName":"PK","AttributeType":"S"},{"AttributeName":"SK","AttributeType":"S"}]""", properties["AttributeDefinitions"]!.ToJsonString());
            var suffix = table[..^"Table".Length].ToLowerInvariant();
            Assert.Equal($$"""{"Fn::Sub":"${AWS::StackName}-{{suffix}}"}""", properties["TableName"]!.ToJsonString());
        }
    }
}
