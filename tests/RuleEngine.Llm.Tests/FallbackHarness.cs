using Microsoft.Extensions.AI;
using NSubstitute;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Tests;

/// <summary>The fallback (over the Open Source Code variable unless told otherwise) wired to a substituted <see cref="IChatClient"/> (its <c>GetResponseAsync</c> is what gets called).</summary>
public sealed class FallbackHarness : IDisposable
{
    public FallbackHarness(LlmOptions? options = null, ILlmResponseCache? cache = null, params VariableDetector[] detectors)
    {
        Options = options ?? new LlmOptions { Mode = LlmMode.Fallback, Model = "test-model", CachePath = null };
        Client = Substitute.For<IChatClient>();
        Runner = new LlmCallRunner(Client, cache ?? NoResponseCache.Instance, Options);
        var all = detectors.Length > 0 ? detectors : [new FakeDetector(TestVariables.Code)];
        Processor = new LlmFallbackProcessor(all.Select(d => LlmVariable.From(d, null)).ToList(), new LlmVariableJudge(Runner, Options), Options);
    }

    public LlmOptions Options { get; }
    public IChatClient Client { get; }
    public LlmCallRunner Runner { get; }
    public LlmFallbackProcessor Processor { get; }

    /// <summary>Every call answers <paramref name="text"/>.</summary>
    public FallbackHarness Answers(string text)
    {
        Client.GetResponseAsync(Arg.Any<IEnumerable<ChatMessage>>(), Arg.Any<ChatOptions?>(), Arg.Any<CancellationToken>())
            .Returns(_ => Task.FromResult(Response(text)));
        return this;
    }

    /// <summary>Calls answer according to the prompt (e.g. by the variable named in it).</summary>
    public FallbackHarness Answers(Func<string, string> byPrompt)
    {
        Client.GetResponseAsync(Arg.Any<IEnumerable<ChatMessage>>(), Arg.Any<ChatOptions?>(), Arg.Any<CancellationToken>())
            .Returns(ci => Task.FromResult(Response(byPrompt(UserText(ci.Arg<IEnumerable<ChatMessage>>())))));
        return this;
    }

    public static ChatResponse Response(string text) => new(new ChatMessage(ChatRole.Assistant, text))
    {
        Usage = new UsageDetails { InputTokenCount = 100, OutputTokenCount = 20 },
        FinishReason = ChatFinishReason.Stop,
    };

    public static string UserText(IEnumerable<ChatMessage> messages) => messages.Last(m => m.Role == ChatRole.User).Text;

    /// <summary>The user messages of the calls received.</summary>
    public IReadOnlyList<string> Prompts() => Client.ReceivedCalls()
        .Where(c => c.GetMethodInfo().Name == nameof(IChatClient.GetResponseAsync))
        .Select(c => UserText((IEnumerable<ChatMessage>)c.GetArguments()[0]!)).ToList();

    public void Dispose() => Runner.Dispose();
}
