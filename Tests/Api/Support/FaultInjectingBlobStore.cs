using System.Collections.Concurrent;
using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Storage;

namespace FaceClassifier.Tests.Api.Support;

/// <summary>The real local blob store, except that reading keys marked broken fails like a bad disk.</summary>
public sealed class FaultInjectingBlobStore(LocalBlobStore inner) : IBlobStore
{
    public const string SecretDetail = "disk failure at /srv/secret/internal/path";

    private readonly ConcurrentDictionary<string, bool> _broken = new();

    public void Break(string key) => _broken[key] = true;

    public Task<long> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(key, content, maxBytes, cancellationToken);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        _broken.ContainsKey(key) ? throw new IOException(SecretDetail) : inner.OpenReadAsync(key, cancellationToken);

    public Task<string> GetLocalPathAsync(string key, CancellationToken cancellationToken = default) =>
        inner.GetLocalPathAsync(key, cancellationToken);

    public Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default) =>
        inner.DeletePrefixAsync(prefix, cancellationToken);
}
