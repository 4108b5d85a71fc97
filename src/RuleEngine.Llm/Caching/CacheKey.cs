using System.Security.Cryptography;
using System.Text;

namespace RuleEngine.Llm.Caching;

/// <summary>The cache key of a call: SHA-256 of the model name, the messages and the answer schema.</summary>
public static class CacheKey
{
    public static string Of(string model, params string[] parts)
    {
        var text = new StringBuilder(model);
        foreach (var part in parts) text.Append('\u001F').Append(part);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
