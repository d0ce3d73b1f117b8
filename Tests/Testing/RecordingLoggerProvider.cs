using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Tests.Testing;

/// <summary>One log line as a <see cref="RecordingLoggerProvider"/> kept it.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string? EventName, string Message, Exception? Exception);

/// <summary>Keeps every log line in memory, so tests can assert what a component logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>The lines of one [LoggerMessage] method, by its name.</summary>
    public IReadOnlyList<LogEntry> Named(string eventName) => [.. _entries.Where(e => e.EventName == eventName)];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _entries);

    public ILogger<T> CreateLogger<T>() => new Typed<T>(CreateLogger(typeof(T).FullName!));

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId.Name, formatter(state, exception), exception));
    }

    private sealed class Typed<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
