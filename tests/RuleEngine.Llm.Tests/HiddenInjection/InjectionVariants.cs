using System.Text.Json;
using RuleEngine.TestSupport;

namespace RuleEngine.Llm.Tests.HiddenInjection;

/// <summary>Reads Injection/variants.json (shared, unedited, with the LLM tests) and says how each hidden variant is hidden.</summary>
public static class InjectionVariants
{
    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "RuleEngine.Llm.Tests", "Injection", "variants.json");

    public static IReadOnlyList<InjectionVariant> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FilePath));
        var root = json.RootElement;
        var items = root.GetProperty("variants");
        var list = new List<InjectionVariant>();
        var n = 0;
        foreach (var item in items.EnumerateArray())
        {
            n++;
            var id = String(item, "id") ?? n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = String(item, "text") ?? throw new InvalidDataException($"variant {id} has no text");
            var visibility = String(item, "visibility") ?? throw new InvalidDataException($"variant {id} has no visibility");
            list.Add(new InjectionVariant(id, text, visibility));
        }
        return list;
    }

    /// <summary>The visibility kinds the file uses, and how the test PDFs draw each hidden one (null: shown to readers).</summary>
    public static readonly IReadOnlyDictionary<string, HiddenKind?> Kinds = new Dictionary<string, HiddenKind?>(StringComparer.Ordinal)
    {
        ["visible"] = null,
        ["hidden-invisible-mode3"] = HiddenKind.Invisible,
        ["hidden-white-text"] = HiddenKind.White,
        ["hidden-off-page"] = HiddenKind.OffPage,
        ["hidden-tiny-glyphs"] = HiddenKind.Tiny,
    };

    /// <summary>How a variant is hidden in the test PDF, or null for a variant the paper shows to its readers (or of an unknown kind).</summary>
    public static HiddenKind? HiddenKindOf(InjectionVariant variant) => Kinds.GetValueOrDefault(variant.Visibility);

    /// <summary>
    /// The text carries the variant: some 24-character stretch of the injection appears in it, both reduced to
    /// lower-case letters and digits (so line breaks, spaced-out letters and de-hyphenation do not hide it).
    /// Stretches that also occur in <see cref="HiddenTextPdfs.BodyLines"/> (the paper's own visible text) do not
    /// count. Characters the test PDFs cannot draw (outside Latin-1) never match.
    /// </summary>
    public static bool Carries(string text, InjectionVariant variant)
    {
        const int window = 24;
        var haystack = Normalise(text);
        var needle = Normalise(variant.Text);
        if (needle.Length <= window) return haystack.Contains(needle, StringComparison.Ordinal);
        for (var i = 0; i + window <= needle.Length; i += 4)
        {
            var stretch = needle.AsSpan(i, window);
            if (haystack.Contains(stretch, StringComparison.Ordinal) && !VisibleBody.Contains(stretch, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string VisibleBody = Normalise(string.Join(" ", HiddenTextPdfs.BodyLines));

    private static string Normalise(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
