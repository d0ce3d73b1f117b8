using Microsoft.Extensions.Logging;

namespace FaceClassifier.Metrics;

/// <summary>Log messages of the metrics readers and publisher.</summary>
internal static partial class MetricsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading {What} for the metrics failed")]
    public static partial void ReadingFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the CloudWatch metrics line to {Path} failed")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "CloudWatch metrics line every {Interval} to {Path} (namespace {Namespace}) when this silo is the oldest")]
    public static partial void Publishing(ILogger logger, TimeSpan interval, string path, string @namespace);
}
