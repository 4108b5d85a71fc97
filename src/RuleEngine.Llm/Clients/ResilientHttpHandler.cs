using Polly;

namespace RuleEngine.Llm.Clients;

/// <summary>
/// Sends each request through the retry pipeline (<see cref="HttpRetryPipeline"/>); each attempt waits for
/// one of the run's <see cref="AttemptSlots"/>, then runs through the breaker and per-attempt timeout and reads
/// the body within <c>maxResponseBytes</c>. The request is copied for every attempt (its body buffered
/// once), so a retry never re-sends a consumed message.
/// </summary>
public sealed class ResilientHttpHandler(
    ResiliencePipeline<HttpResponseMessage> pipeline, ResiliencePipeline<HttpResponseMessage> attemptPipeline, AttemptSlots slots, long maxResponseBytes, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return await pipeline.ExecuteAsync(
            token => new ValueTask<HttpResponseMessage>(slots.RunAsync(
                slotToken => attemptPipeline.ExecuteAsync(attemptToken => new ValueTask<HttpResponseMessage>(AttemptAsync(request, body, attemptToken)), slotToken).AsTask(),
                token)),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> AttemptAsync(HttpRequestMessage request, byte[]? body, CancellationToken token)
    {
        using var attempt = Copy(request, body);
        var response = await base.SendAsync(attempt, token).ConfigureAwait(false);
        try
        {
            // Read the body inside the attempt so a server that stalls mid-answer is timed out too, and never more than the cap.
            var content = await BoundedContent.ReadAsync(response.Content, maxResponseBytes, token).ConfigureAwait(false);
            response.Content.Dispose();
            response.Content = content;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
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
