using System.Text.Json.Serialization;

namespace RuleEngine.Llm.Answers;

/// <summary>What the model must answer (the JSON schema of <see cref="LlmAnswerSchema"/>).</summary>
public sealed record LlmAnswer(
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("quotes")] IReadOnlyList<LlmQuote> Quotes,
    [property: JsonPropertyName("reason")] string Reason);

/// <summary>A quote the model gives as evidence, with the page it says it is on.</summary>
public sealed record LlmQuote(
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("page")] int? Page);
