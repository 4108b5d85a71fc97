using Microsoft.ML.Tokenizers;

namespace RuleEngine.Llm.Prompts;

/// <summary>Counts prompt tokens with the o200k_base tiktoken encoding (GPT-4o family; a fair estimate for other models).</summary>
public static class TokenCounter
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static int Count(string text) => string.IsNullOrEmpty(text) ? 0 : Tokenizer.Value.CountTokens(text);
}
