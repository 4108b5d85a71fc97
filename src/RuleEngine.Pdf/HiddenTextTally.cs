using System.Text;
using RuleEngine.Document.Layout;

namespace RuleEngine.Pdf;

/// <summary>Counts the hidden characters of one page per <see cref="HiddenTextReason"/> and keeps the first of them as a sample.</summary>
internal sealed class HiddenTextTally
{
    private static readonly int ReasonCount = Enum.GetValues<HiddenTextReason>().Length;

    private readonly int[] _counts = new int[ReasonCount];
    private readonly StringBuilder?[] _samples = new StringBuilder?[ReasonCount];
    private HiddenTextReason? _previous;

    /// <summary>Records one dropped letter (<paramref name="text"/> already cleaned of control characters).</summary>
    public void Add(HiddenTextReason reason, string text)
    {
        var i = (int)reason;
        _counts[i]++;
        var sample = _samples[i] ??= new StringBuilder();
        // A word break between two hidden runs of the same reason, so the sample reads as text.
        if (_previous != reason && sample.Length > 0 && sample[^1] != ' ') sample.Append(' ');
        if (sample.Length < HiddenTextOnPage.MaxSampleLength) sample.Append(text);
        _previous = reason;
    }

    /// <summary>A drawn space between hidden letters: a word break in the sample of the reason last seen.</summary>
    public void AddSpace()
    {
        if (_previous is not { } reason) return;
        var sample = _samples[(int)reason];
        if (sample is { Length: > 0 } && sample[^1] != ' ' && sample.Length < HiddenTextOnPage.MaxSampleLength) sample.Append(' ');
    }

    /// <summary>A visible letter: the next hidden one starts a new run.</summary>
    public void BreakRun() => _previous = null;

    /// <summary>One entry per reason that dropped anything on <paramref name="page"/>.</summary>
    public List<HiddenTextOnPage> ToList(int page)
    {
        var list = new List<HiddenTextOnPage>();
        for (var i = 0; i < ReasonCount; i++)
        {
            if (_counts[i] == 0) continue;
            var sample = _samples[i]!.ToString().Trim();
            if (sample.Length > HiddenTextOnPage.MaxSampleLength) sample = sample[..HiddenTextOnPage.MaxSampleLength];
            list.Add(new HiddenTextOnPage(page, (HiddenTextReason)i, _counts[i], sample));
        }
        return list;
    }
}
