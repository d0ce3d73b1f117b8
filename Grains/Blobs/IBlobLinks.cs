namespace FaceClassifier.Blobs;

/// <summary>Makes expiring links to stored videos and frames for API answers, emails and webhooks.</summary>
public interface IBlobLinks
{
    /// <summary>A link for an API answer to a request made to <paramref name="requestBase"/>, valid for SignedUrls:Lifetime.</summary>
    string CreateUrl(Uri requestBase, string key);

    /// <summary>A link for emails and webhooks, valid for SignedUrls:MailLifetime.</summary>
    string CreateMailUrl(string key);
}
