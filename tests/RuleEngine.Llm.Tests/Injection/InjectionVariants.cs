using System.Text.Json;

namespace RuleEngine.Llm.Tests.Injection;

/// <summary>The injection variants the tests run over: Injection/variants.json, written by an independent helper told only the goal (see Injection/README.md).</summary>
public static class InjectionVariants
{
    public static IReadOnlyList<InjectionVariant> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Injection", "variants.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("variants").EnumerateArray().Select(v => new InjectionVariant(
            v.GetProperty("id").GetString()!, v.GetProperty("text").GetString()!, v.GetProperty("visibility").GetString() == "visible"))];
    }
}
