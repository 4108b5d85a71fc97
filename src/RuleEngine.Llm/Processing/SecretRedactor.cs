using System.Text.RegularExpressions;

namespace RuleEngine.Llm.Processing;

/// <summary>Removes secrets from text bound for a report or log: the run's API key wherever it appears, and anything shaped like a bearer token or an OpenAI-style key.</summary>
public sealed partial class SecretRedactor(string? apiKey)
{
    public const string Mask = "[redacted]";

    public static SecretRedactor None { get; } = new(null);

    public string Redact(string text)
    {
        if (!string.IsNullOrEmpty(apiKey) && apiKey.Length >= 4) text = text.Replace(apiKey, Mask, StringComparison.Ordinal);
        return KeyShaped().Replace(text, m => m.Groups["prefix"].Value + Mask);
    }

    [GeneratedRegex(@"(?<prefix>\b(?:Bearer|api[_-]?key|x-api-key|authorization)[""']?\s*[:=]?\s*[""']?)[A-Za-z0-9._~+/=-]{8,}|(?<prefix>)\b(?:sk|rk|pk)-[A-Za-z0-9_-]{12,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyShaped();
}
