namespace RuleEngine.Sdk.Documents;

/// <summary>Where a link was found.</summary>
public enum LinkOrigin
{
    /// <summary>A <c>/Link</c> annotation with a <c>/URI</c> action.</summary>
    Annotation,

    /// <summary>A URL printed in the text.</summary>
    Text,
}

/// <summary>A hyperlink: its target, page, and the text span it is attached to (the printed URL or the anchor text).</summary>
/// <param name="Uri">The target as printed or as stored in the annotation (scheme may be missing for printed URLs).</param>
/// <param name="Page">1-based page.</param>
/// <param name="Span">The anchor text or printed URL in the document text; empty when it could not be located.</param>
/// <param name="Origin">Annotation or text.</param>
/// <param name="SentenceIndex">The sentence the link sits in (or whose footnote marker it belongs to), -1 when unknown.</param>
public sealed record Hyperlink(string Uri, int Page, TextSpan Span, LinkOrigin Origin, int SentenceIndex = -1)
{
    /// <summary>The host name, lower-case, without <c>www.</c>; empty when the URI has none.</summary>
    public string Host
    {
        get
        {
            var u = Uri.Trim();
            if (!u.Contains("://", StringComparison.Ordinal)) u = "http://" + u;
            if (!System.Uri.TryCreate(u, UriKind.Absolute, out var parsed)) return "";
            var host = parsed.Host.ToLowerInvariant();
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }
    }
}
