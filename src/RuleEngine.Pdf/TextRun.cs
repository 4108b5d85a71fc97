using System.Text;

namespace RuleEngine.Pdf;

/// <summary>A word's place inside a run's text and its horizontal extent.</summary>
internal readonly record struct WordSpan(int Start, int Length, double X0, double X1);

/// <summary>
/// Glyphs drawn one after another on one baseline without a wide gap: a stretch of a printed line.
/// Holds its text (words separated by single spaces), word boxes, extent, dominant size and boldness.
/// Sub- and superscripts stay in the run of the line they belong to.
/// </summary>
internal sealed class TextRun
{
    private readonly StringBuilder _text = new();
    private readonly List<(double Size, int Count)> _sizes = new(2);
    private int _wordStart;
    private double _wordX0;

    public TextRun(Glyph first)
    {
        Baseline = first.Baseline;
        MainSize = first.Size;
        X0 = first.X0;
        X1 = first.X1;
        StartWord(first);
        AppendToWord(first);
    }

    /// <summary>Baseline of the run's main-size text (from the page top).</summary>
    public double Baseline { get; private set; }

    /// <summary>Largest font size seen so far: the size the baseline belongs to.</summary>
    public double MainSize { get; private set; }

    public double X0 { get; private set; }
    public double X1 { get; private set; }
    public int CharCount { get; private set; }
    public int BoldCount { get; private set; }
    public List<WordSpan> Words { get; } = new(8);

    /// <summary>The glyph appended last (for gap, duplicate and accent checks).</summary>
    public Glyph Last { get; private set; }

    private string? _textCache;

    /// <summary>The run's words separated by single spaces.</summary>
    public string Text => _textCache ??= _text.ToString();

    /// <summary>Most frequent font size (by characters).</summary>
    public double DominantSize
    {
        get
        {
            var best = _sizes[0];
            foreach (var s in _sizes)
            {
                if (s.Count > best.Count) best = s;
            }
            return best.Size;
        }
    }

    public IReadOnlyList<(double Size, int Count)> Sizes => _sizes;

    /// <summary>Adds a glyph; <paramref name="newWord"/> starts a new word before it.</summary>
    public void Add(Glyph g, bool newWord)
    {
        if (newWord)
        {
            CloseWord();
            _text.Append(' ');
            StartWord(g);
        }
        AppendToWord(g);
        if (g.Size > MainSize * 1.1)
        {
            // The run began with a smaller glyph (e.g. a footnote mark): the line's baseline is this glyph's.
            MainSize = g.Size;
            Baseline = g.Baseline;
        }
    }

    /// <summary>Replaces the last character with the same character carrying an accent mark.</summary>
    public void AccentLast(char combiningMark)
    {
        if (_text.Length == 0) return;
        var last = _text[^1].ToString();
        _text.Length -= 1;
        _text.Append(GlyphText.Compose(last, combiningMark));
    }

    /// <summary>Puts an accent mark drawn before its letter on that letter (the accent was appended last).</summary>
    public void AddAfterAccent(Glyph letter, char combiningMark)
    {
        // A run opened by a (possibly raised) accent takes its baseline from the letter.
        if (CharCount == 1) Baseline = letter.Baseline;
        if (_text.Length > 0) _text.Length -= 1;
        CharCount = Math.Max(0, CharCount - 1);
        AppendToWord(letter with { Text = GlyphText.Compose(letter.Text, combiningMark) });
    }

    /// <summary>Ends the current word; call once the run is complete.</summary>
    public void Complete()
    {
        CloseWord();
        _textCache = null;
    }

    private void StartWord(Glyph g)
    {
        _wordStart = _text.Length;
        _wordX0 = g.X0;
    }

    private void AppendToWord(Glyph g)
    {
        _text.Append(g.Text);
        CharCount++;
        if (g.Bold) BoldCount++;
        if (g.X0 < X0) X0 = g.X0;
        if (g.X1 > X1) X1 = g.X1;
        if (g.X0 < _wordX0) _wordX0 = g.X0;
        AddSize(g.Size);
        Last = g;
    }

    private void CloseWord()
    {
        if (_text.Length > _wordStart)
            Words.Add(new WordSpan(_wordStart, _text.Length - _wordStart, _wordX0, Last.X1));
    }

    private void AddSize(double size)
    {
        var rounded = Math.Round(size, 1);
        for (var i = 0; i < _sizes.Count; i++)
        {
            if (_sizes[i].Size == rounded)
            {
                _sizes[i] = (rounded, _sizes[i].Count + 1);
                return;
            }
        }
        _sizes.Add((rounded, 1));
    }
}
