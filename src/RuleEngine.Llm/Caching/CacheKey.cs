using System.Security.Cryptography;
using System.Text;

namespace RuleEngine.Llm.Caching;

/// <summary>The cache key of a call: SHA-256 of provider, endpoint, model, temperature, the messages and the answer schema (an answer from one endpoint is never replayed for another).</summary>
public static class CacheKey
{
    public static string Of(string model, params string[] parts)
    {
        var text = new StringBuilder(model);
        foreach (var part in parts) text.Append('\u001F').Append(part);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
