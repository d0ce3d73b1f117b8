using System.Text;
using Amazon.DynamoDBv2.Model;

namespace FaceClassifier.Aws.DynamoDb;

/// <summary>
/// The size DynamoDB counts an item at against its 400 KB limit: per attribute, its name's UTF-8 bytes plus its value's
/// (a string's UTF-8 bytes, a binary's length, a number's significant digits halved, plus one byte, plus one more here as margin).
/// </summary>
public static class DynamoDbItemSize
{
    public static long Of(IReadOnlyDictionary<string, AttributeValue> item) =>
        item.Sum(attribute => Encoding.UTF8.GetByteCount(attribute.Key) + Of(attribute.Key, attribute.Value));

    private static long Of(string name, AttributeValue value) => value switch
    {
        { S: { } text } => Encoding.UTF8.GetByteCount(text),
        { B: { } bytes } => bytes.Length,
        { N: { } number } => Number(number),
        _ => throw new NotSupportedException($"Attribute {name} is of a type whose size is not counted here (only S, B and N are)."),
    };

    private static long Number(string number)
    {
        var mantissa = number.Split('e', 'E')[0].TrimStart('-', '+');
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal).Trim('0').Length;
        return 2 + ((Math.Max(digits, 1) + 1) / 2) + (number.StartsWith('-') ? 1 : 0);
    }
}
