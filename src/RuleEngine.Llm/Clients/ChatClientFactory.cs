using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;
using RuleEngine.Llm.Configuration;

namespace RuleEngine.Llm.Clients;

/// <summary>
/// Creates the <see cref="IChatClient"/> of the configured provider over an <see cref="HttpClient"/>
/// whose handler retries and times out (<see cref="ResilientHttpHandler"/>). The clients' own retry
/// loops are switched off so retries are counted once.
/// </summary>
public static class ChatClientFactory
{
    /// <summary>A placeholder key for local servers that need none (the OpenAI client refuses an empty one).</summary>
    public const string NoKey = "no-key";

    /// <exception cref="InvalidOperationException">The OpenAI API itself is the endpoint and no key is set in the environment, or the key would go over plain HTTP to a host that is not loopback.</exception>
    /// <param name="circuit">The run's breaker (a new one when null); give the same one to everything of one run.</param>
    public static IChatClient Create(LlmOptions options, string? apiKey, HttpMessageHandler? transport = null, EndpointCircuit? circuit = null)
    {
        var handler = new ResilientHttpHandler(
            HttpRetryPipeline.Create(options), HttpRetryPipeline.Attempt(options, circuit ?? new EndpointCircuit()), new AttemptSlots(options.MaxConcurrency),
            options.MaxResponseBytes, transport ?? new SocketsHttpHandler());
        var http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        return options.Provider switch
        {
            LlmProvider.Ollama => CreateOllama(options, http),
            _ => CreateOpenAI(options, apiKey, http),
        };
    }

    private static IChatClient CreateOpenAI(LlmOptions options, string? apiKey, HttpClient http)
    {
        var endpoint = new Uri(options.Endpoint.TrimEnd('/'));
        EndpointPolicy.EnsureKeyMayBeSent(endpoint, apiKey);
        if (apiKey is null && endpoint.Host.EndsWith("openai.com", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"no API key: set {LlmApiKey.Variable} (or {LlmApiKey.FallbackVariable}) in the environment");
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout * (options.MaxRetries + 1) + TimeSpan.FromMinutes(2),
        };
        return new OpenAI.Chat.ChatClient(options.Model, new ApiKeyCredential(apiKey ?? NoKey), clientOptions).AsIChatClient();
    }

    private static IChatClient CreateOllama(LlmOptions options, HttpClient http)
    {
        http.BaseAddress = new Uri(options.Endpoint.TrimEnd('/') + "/");
        return new OllamaApiClient(http, options.Model);
    }
}
