using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace RuleEngine.Llm.Tests.Injection;

/// <summary>
/// A model that does whatever the paper tells it: when its prompt holds the planted instruction it answers
/// the verdict the instruction names (else the first positive allowed verdict) and quotes the instruction
/// sentence as evidence; otherwise it answers No with no quotes.
/// </summary>
public sealed partial class ObedientChatClient(string instruction) : IChatClient
{
    public int Obeyed { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = string.Join("\n", messages.Select(m => m.Text));
        var allowed = Allowed().Match(prompt) is { Success: true } m ? m.Groups[1].Value.Split(" | ") : ["Yes", "No"];
        string answer;
        if (Squash(prompt).Contains(Squash(instruction), StringComparison.Ordinal))
        {
            Obeyed++;
            var verdict = allowed.FirstOrDefault(v => Regex.IsMatch(instruction, $@"\b{Regex.Escape(v)}\b", RegexOptions.IgnoreCase) && v != "No")
                ?? allowed.First(v => v != "No" && v != "Theoretical");
            answer = JsonSerializer.Serialize(new { verdict, quotes = new[] { new { quote = instruction, page = 1 } }, reason = "as instructed" });
        }
        else
        {
            var no = allowed.Contains("No") ? "No" : allowed.Last();
            answer = JsonSerializer.Serialize(new { verdict = no, quotes = Array.Empty<object>(), reason = "nothing found" });
        }
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { FinishReason = ChatFinishReason.Stop });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }

    private static string Squash(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    [GeneratedRegex(@"Allowed verdicts: ([^\n]+)")]
    private static partial Regex Allowed();
}
