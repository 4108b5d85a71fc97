using System.Net;

namespace RuleEngine.Llm.Clients;

/// <summary>Where an API key may be sent: over HTTPS anywhere the user named, over plain HTTP only to a loopback host.</summary>
public static class EndpointPolicy
{
    public static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || endpoint.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <exception cref="InvalidOperationException">A key would travel over plain HTTP to a host that is not loopback.</exception>
    public static void EnsureKeyMayBeSent(Uri endpoint, string? apiKey)
    {
        if (apiKey is null || endpoint.Scheme == Uri.UriSchemeHttps || IsLoopback(endpoint)) return;
        throw new InvalidOperationException(
            $"refusing to send the API key over plain {endpoint.Scheme} to {endpoint.Host}: use https, a loopback endpoint (localhost, 127.0.0.1, ::1), or unset {Configuration.LlmApiKey.Variable}/{Configuration.LlmApiKey.FallbackVariable}");
    }
}
