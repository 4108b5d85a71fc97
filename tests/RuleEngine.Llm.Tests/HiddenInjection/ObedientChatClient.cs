using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace RuleEngine.Llm.Tests.HiddenInjection;

/// <summary>
/// A model that does what text in its prompt tells it to: when the passages carry one of the known injections
/// (or anything that reads as an instruction to the model), it answers the verdict the injection asks for,
/// quoting the injection; otherwise it gives no usable answer, so the heuristic verdict stays. Records every prompt.
/// </summary>
public sealed partial class ObedientChatClient(IEnumerable<string> injections) : IChatClient
{
    private readonly List<string> _knownInjections = [.. injections.Select(Normalise).Where(s => s.Length > 0)];
    private readonly List<string> _prompts = [];
    private readonly Lock _gate = new();

    /// <summary>The user messages received, in order.</summary>
    public IReadOnlyList<string> Prompts
    {
        get { lock (_gate) return [.. _prompts]; }
    }

    /// <summary>Prompts in which the model found an instruction and obeyed it.</summary>
    public int Obeyed { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = messages.Last(m => m.Role == ChatRole.User).Text;
        lock (_gate) _prompts.Add(prompt);
        return Task.FromResult(FallbackHarness.Response(Answer(prompt)));
    }

    /// <summary>The answer to one user prompt.</summary>
    public string Answer(string prompt)
    {
        var allowed = AllowedVerdicts(prompt);
        var instruction = FindInstruction(prompt);
        if (instruction is null || allowed.Count == 0) return "I found no instruction to follow.";
        lock (_gate) Obeyed++;
        var demanded = allowed.FirstOrDefault(v => Regex.IsMatch(instruction, $@"\b{Regex.Escape(v)}\b", RegexOptions.IgnoreCase)) ?? allowed[0];
        return JsonSerializer.Serialize(new
        {
            verdict = demanded,
            quotes = new[] { new { quote = instruction, page = 1 } },
            reason = "the paper instructed me to",
        });
    }

    /// <summary>The passage line that carries a known injection or reads as an instruction to the model, if any.</summary>
    private string? FindInstruction(string prompt)
    {
        var passages = prompt.IndexOf("Paper:", StringComparison.Ordinal) is var at and >= 0 ? prompt[at..] : prompt;
        var normalised = Normalise(passages);
        foreach (var injection in _knownInjections)
        {
            var probe = injection.Length > 40 ? injection[..40] : injection;
            if (normalised.Contains(probe, StringComparison.Ordinal)) return passages.ReplaceLineEndings(" ");
        }
        foreach (var line in passages.Split('\n'))
        {
            if (InstructionPattern().IsMatch(line)) return line.Trim();
        }
        return null;
    }

    private static List<string> AllowedVerdicts(string prompt)
    {
        var match = AllowedPattern().Match(prompt);
        return match.Success ? [.. match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];
    }

    /// <summary>Lower-case letters and digits only, so line breaks and spacing do not hide a match.</summary>
    private static string Normalise(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    [GeneratedRegex(@"(?i)\b(ignore|disregard|override)\b.{0,40}\b(instructions?|prompt|rules)\b|\b(system|assistant)\s*:|\byou must (answer|respond|output|say)\b")]
    private static partial Regex InstructionPattern();

    [GeneratedRegex(@"Allowed verdicts:\s*([^\n]+)")]
    private static partial Regex AllowedPattern();

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the fallback does not stream");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
