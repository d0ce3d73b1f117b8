namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>The trimming: down to the budget, least recently handed out first, sparing files in use.</summary>
internal sealed partial class S3BlobCache
{
    private void Trim()
    {
        if (Interlocked.Exchange(ref _trimming, 1) == 1)
        {
            return;
        }

        try
        {
            var files = new DirectoryInfo(_root).EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => !f.Name.EndsWith(TempSuffix, StringComparison.Ordinal))
                .ToList();
            var total = files.Sum(f => f.Length);
            var protectedAfter = clock.GetUtcNow().UtcDateTime - InUseWindow;
            foreach (var file in files.OrderBy(f => f.LastAccessTimeUtc))
            {
                if (total <= maxBytes || file.LastAccessTimeUtc > protectedAfter)
                {
                    break;
                }

                // Handed out since the listing: keep it.
                file.Refresh();
                if (!file.Exists || file.LastAccessTimeUtc > protectedAfter)
                {
                    continue;
                }

                var length = file.Length;
                file.Delete();
                total -= length;
                LogTrimmed(logger, file.FullName, length);
            }

            if (total > maxBytes)
            {
                LogOverBudget(logger, total, maxBytes);
            }
        }
        catch (IOException ex)
        {
            LogTrimFailed(logger, ex, _root);
        }
        finally
        {
            Volatile.Write(ref _trimming, 0);
        }
    }
}
