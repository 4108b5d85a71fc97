using Polly;

namespace RuleEngine.Llm.Clients;

/// <summary>
/// Sends each request through a <see cref="HttpRetryPipeline"/>. The request is copied for every attempt
/// (its body buffered once), so a retry never re-sends a consumed message.
/// </summary>
public sealed class ResilientHttpHandler(ResiliencePipeline<HttpResponseMessage> pipeline, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return await pipeline.ExecuteAsync(
            async token =>
            {
                using var attempt = Copy(request, body);
                var response = await base.SendAsync(attempt, token).ConfigureAwait(false);
                // Read the body inside the attempt so a server that stalls mid-answer is timed out too.
                await response.Content.LoadIntoBufferAsync(token).ConfigureAwait(false);
                return response;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers) copy.Headers.TryAddWithoutValidation(name, values);
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content!.Headers) copy.Content.Headers.TryAddWithoutValidation(name, values);
        }
        foreach (var option in request.Options) ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        return copy;
    }
}
