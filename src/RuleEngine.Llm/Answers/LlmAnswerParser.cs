using System.Text.Json;
using RuleEngine.Sdk;

namespace RuleEngine.Llm.Answers;

/// <summary>
/// Reads the model's text as an <see cref="LlmAnswer"/>: tolerates a Markdown code fence and a verdict in
/// another case; refuses anything else (not JSON, no verdict, a verdict the variable does not allow).
/// </summary>
public static class LlmAnswerParser
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The answer, or null with <paramref name="error"/> saying what was wrong.</summary>
    public static LlmAnswer? TryParse(string? text, VariableDescriptor variable, out string error)
    {
        error = "";
        var json = Unfence(text ?? "");
        if (json.Length == 0) { error = "empty answer"; return null; }
        LlmAnswer? answer;
        try { answer = JsonSerializer.Deserialize<LlmAnswer>(json, Options); }
        catch (JsonException e) { error = $"not valid JSON ({e.Message.Split('.')[0]}): {Excerpt(json)}"; return null; }
        if (answer is null || string.IsNullOrWhiteSpace(answer.Verdict)) { error = $"no verdict in the answer: {Excerpt(json)}"; return null; }
        var verdict = variable.AllowedVerdicts.FirstOrDefault(v => v.Equals(answer.Verdict.Trim(), StringComparison.OrdinalIgnoreCase));
        if (verdict is null) { error = $"verdict '{answer.Verdict}' is not one of {string.Join(", ", variable.AllowedVerdicts)}"; return null; }
        var quotes = (answer.Quotes ?? []).Where(q => q is not null && !string.IsNullOrWhiteSpace(q.Quote)).ToList();
        return answer with { Verdict = verdict, Quotes = quotes, Reason = answer.Reason ?? "" };
    }

    private static string Unfence(string text)
    {
        var t = text.Trim();
        if (!t.StartsWith("```", StringComparison.Ordinal)) return t;
        var firstLine = t.IndexOf('\n');
        var end = t.LastIndexOf("```", StringComparison.Ordinal);
        return firstLine < 0 || end <= firstLine ? t.Trim('`') : t[(firstLine + 1)..end].Trim();
    }

    private static string Excerpt(string s) => s.Length <= 120 ? s : s[..120] + "…";
}
