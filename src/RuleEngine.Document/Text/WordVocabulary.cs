namespace RuleEngine.Document.Text;

/// <summary>
/// The words a paper itself uses (case-insensitive counts), so that repairs can ask the paper:
/// does it spell "pretrained" or "pre-trained"? Is "efficient" one of its words? Built once per
/// document from the repaired lines; tokens broken at a line end are left out.
/// </summary>
public sealed class WordVocabulary
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordVocabulary() => _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Builds the vocabulary of some lines.</summary>
    public static WordVocabulary FromLines(IEnumerable<string> lines)
    {
        var v = new WordVocabulary();
        foreach (var l in lines) v.AddLine(l);
        return v;
    }

    /// <summary>Adds the words of one line (letters with inner hyphens/apostrophes); a last word ending in a hyphen is skipped.</summary>
    public void AddLine(string line)
    {
        var span = line.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i])) i++;
            var start = i;
            while (i < span.Length && (char.IsLetter(span[i]) || (span[i] is '-' or '\'' && i + 1 < span.Length && char.IsLetter(span[i + 1])))) i++;
            if (i == start) continue;
            if (i < span.Length && span[i] == '-' && i + 1 == span.Length) break; // "reproduc-" at the line end
            Add(span[start..i]);
        }
    }

    /// <summary>Adds one word.</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return;
        if (_lookup.TryGetValue(word, out var n)) _lookup[word] = n + 1;
        else _lookup[word] = 1;
    }

    /// <summary>How often the word occurs (case-insensitive).</summary>
    public int Count(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var n) ? n : 0;

    /// <summary>Whether the word occurs.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Count(word) > 0;
}
