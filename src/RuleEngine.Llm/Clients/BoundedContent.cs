namespace RuleEngine.Llm.Clients;

/// <summary>Reads a response body into memory, streaming, refusing more than a limit (a hostile endpoint cannot make the run buffer gigabytes).</summary>
public static class BoundedContent
{
    /// <exception cref="ResponseTooLargeException">The declared or actual length is above <paramref name="limit"/>.</exception>
    public static async Task<HttpContent> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > limit) throw new ResponseTooLargeException(limit);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        await using (var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit) throw new ResponseTooLargeException(limit);
                buffer.Write(chunk, 0, read);
            }
        }
        var bounded = new ByteArrayContent(buffer.ToArray());
        foreach (var (name, values) in content.Headers)
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) bounded.Headers.TryAddWithoutValidation(name, values);
        return bounded;
    }
}
