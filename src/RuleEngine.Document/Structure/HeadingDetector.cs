using RuleEngine.Document.Building;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.Document.Structure;

/// <summary>
/// Marks the lines that are section headings. A line must read like a heading
/// (<see cref="HeadingPatterns"/>), stand on its own (not continue the sentence of the line before),
/// be short unless its font sets it apart, and its number must follow the numbering so far
/// ("3.2" after "3.1" or "3", not "1" after "5"): this is what keeps numbered list items, table rows
/// and affiliation lines out. Inside a checklist numbered items are not headings; in the reference
/// list lettered headings need a font cue or a fresh page. Wrapped headings (same bold font on the
/// next line) are joined.
/// </summary>
internal static class HeadingDetector
{
    public static void Detect(IReadOnlyList<WorkLine> lines, LayoutStatistics stats)
    {
        var numbered = DetectNumberedAndNamed(lines, stats);
        if (numbered < 3 && stats.HasFontInfo) DetectUnnumbered(lines, stats);
    }

    /// <summary>
    /// For papers without numbered headings: bold (or larger) short lines standing alone between
    /// paragraphs, followed by body text, after the abstract.
    /// </summary>
    private static void DetectUnnumbered(IReadOnlyList<WorkLine> lines, LayoutStatistics stats)
    {
        var start = FindAbstract(lines);
        if (start < 0) start = lines.Count > 0 ? lines.TakeWhile(l => l.Page == lines[0].Page).Count() / 3 : 0;
        for (var i = Math.Max(start, 1); i + 1 < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Heading is not null || l.ContinuesHeading || !stats.IsFontDistinguished(l) || !stats.IsShort(l, 0.8)) continue;
            if (l.FontSize < stats.BodyFontSize - 0.3) continue;
            var prev = lines[i - 1];
            var next = lines[i + 1];
            if (prev.Page == l.Page && !(EndsSentence(prev.Text) || l.Y - prev.Y > 1.3 * stats.LineSpacing || prev.Column != l.Column || l.Y < prev.Y))
                continue;
            // Body text follows: regular weight, body size, a long line.
            if (next.Page != l.Page || next.IsBold || next.FontSize > l.FontSize + 0.1 || next.FontSize < stats.BodyFontSize - 0.6
                || stats.IsShort(next, 0.7) || !FloatFinder.IsProse(next.Text, 6)) continue;
            if (HeadingPatterns.MatchUnnumbered(l.Text) is not { } m || CaptionDetector.MatchText(l.Text) is not null) continue;
            l.Heading = m;
        }
    }

    /// <summary>Numbered headings and standard names; returns how many numbered headings were accepted.</summary>
    private static int DetectNumberedAndNamed(IReadOnlyList<WorkLine> lines, LayoutStatistics stats)
    {
        var numbered = 0;
        var state = new State { AbstractAt = FindAbstract(lines) };
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            l.Heading = null;
            if (l.ContinuesHeading) continue;
            // Cheap filter first: headings are short lines or set in a distinguished font (run-in abstracts aside).
            if (!stats.IsShort(l, 0.9) && !stats.IsFontDistinguished(l) && !MayBeRunIn(l.Text) && !IsCapitals(l.Text)) continue;
            var m = HeadingPatterns.Match(l.Text);
            // After the references, a capital standing alone before a title in capitals numbers an appendix section
            // ("A NEURAL ARCHITECTURES"), where elsewhere it is a small capital split off its word ("E XPERIMENTS").
            if ((state.AfterReferences || state.InAppendix) && (m is null || m.Numbering == HeadingNumbering.None && !m.IsKnownName)
                && HeadingPatterns.MatchLetterBeforeCapitals(l.Text) is { } lettered)
                m = lettered;
            if (m is null) continue;
            var prev = i > 0 && lines[i - 1].Page == l.Page ? lines[i - 1] : null;
            var next = i + 1 < lines.Count && lines[i + 1].Page == l.Page ? lines[i + 1] : null;
            if (!Accept(m, l, prev, next, stats, state)) continue;

            // Small capitals split by extraction are closed up in the heading line itself ("5 E XPERIMENTS").
            // A section letter is never closed up with the title ("B CODE & V ISUAL S TREAMS" is "B CODE & VISUAL STREAMS").
            var closed = m.Numbering == HeadingNumbering.Letter && l.Text.Length > 2 && l.Text[1] == ' '
                ? HeadingPatterns.CloseSmallCapsAfterLetter(l.Text)
                : HeadingPatterns.CloseSmallCaps(l.Text);
            if (!m.IsRunIn && closed != l.Text)
            {
                l.Text = closed;
                m = m with { Text = closed };
            }
            l.Heading = m;
            state.Update(m);
            if (m.Numbering != HeadingNumbering.None) numbered++;

            // A heading wrapped onto a second line in the same distinguished font ("4 How Do LLMs Handle Interleaving"
            // + "Instructions"); a heading ending in "on" or ":" goes on even where the font size changes (small capitals).
            var dangling = EndsWithConnector(l.Text);
            if (next is not null && stats.IsFontDistinguished(l) && next.IsBold == l.IsBold
                && (Math.Abs(next.FontSize - l.FontSize) < 0.3 || (dangling && next.IsBold))
                && next.Y - l.Y < 1.8 * stats.LineSpacing && next.Y > l.Y
                && (HeadingPatterns.Match(next.Text) is null || next.X > l.X + 2 || dangling)
                && next.Text.Length < 70 && !EndsSentence(l.Text)
                && !m.IsRunIn && CaptionDetector.MatchText(next.Text) is null)
            {
                next.ContinuesHeading = true;
                l.Heading = m with { Text = m.Text + " " + next.Text, Title = m.Title + " " + next.Text };
            }
        }
        return numbered;
    }

    private static bool Accept(HeadingMatch m, WorkLine l, WorkLine? prev, WorkLine? next, LayoutStatistics stats, State state)
    {
        var fontCue = stats.IsFontDistinguished(l);
        var standalone = prev is null || l.BreakBefore || prev.Heading is not null || EndsSentence(prev.Text)
            || prev.Text.EndsWith(':') || stats.IsShort(prev, 0.85) || prev.Column != l.Column
            || Math.Abs(prev.FontSize - l.FontSize) >= 0.5 || prev.IsBold != l.IsBold
            || l.Y - prev.Y > 1.3 * stats.LineSpacing || l.Y < prev.Y;
        if (!standalone && !fontCue) return false;
        if (m.IsRunIn) return true;
        if (m.NeedsFontCue && !fontCue) return false;

        // Headings are short, unless their font or their capitals set them apart ("II. TUNE-FREE CONTROL FRAMEWORK").
        var isShort = stats.IsShort(l, 0.9);
        if (!isShort && !fontCue && !IsCapitals(m.Title)) return false;

        var canonical = HeadingPatterns.Canonical(m.Title);
        var kind = SectionClassifier.Classify(canonical);
        if (state.InChecklist && m.Numbering is HeadingNumbering.Numeric or HeadingNumbering.Roman or HeadingNumbering.None
            && kind is not (SectionKind.References or SectionKind.Appendix))
            return false;

        switch (m.Numbering)
        {
            case HeadingNumbering.None:
                if (m.IsStrongName) return true;
                // "Results", "Method": also table headers; need a font cue (or a plain-text document) and a line after.
                return (fontCue || !stats.HasFontInfo) && next is not null && isShort;

            case HeadingNumbering.Appendix:
                return true;

            case HeadingNumbering.Numeric:
                if (m.Number[0] > 30 || m.Depth > 4) return false;
                // Numbered lines in smaller type are footnotes ("1 Equally contributed …").
                if (stats.HasFontInfo && l.FontSize > 0 && l.FontSize < stats.BodyFontSize - 0.5 && !m.IsKnownName) return false;
                // Before the abstract: affiliations and footnotes, not sections ("2 Educational Technology Group").
                if (l.Index < state.AbstractAt && !m.IsKnownName) return false;
                if (state.AfterReferences && !state.InAppendix && !fontCue && !m.IsKnownName) return false;
                // Under lettered appendix headings, numbered lines are list items ("1. OE and MAE variants works alone:").
                if (state.InAppendix && state.LastLetter is not null && !m.IsKnownName) return false;
                if (IsSuccessor(state.LastNumeric, m.Number)) return true;
                return m.IsKnownName || (fontCue && m.Depth <= 3 && isShort);

            case HeadingNumbering.Roman:
                return m.Number[0] == state.LastRoman + 1 || (state.LastRoman == 0 && m.Number[0] <= 2) || m.IsKnownName;

            case HeadingNumbering.Letter:
                if (!isShort && !fontCue) return false;
                if (!state.InAppendix && !state.AfterReferences && !(fontCue && m.Depth > 1)) return false;
                // After the references a lettered heading needs a font cue, a break before it or capitals
                // ("A NEURAL ARCHITECTURES" set in small caps right under the last reference).
                if (state.AfterReferences && !state.InAppendix && !fontCue && !m.IsKnownName
                    && !(prev is null || l.BreakBefore) && !IsCapitals(m.Title)) return false;
                return IsSuccessor(state.LastLetter, m.Number) || (fontCue && m.Number[0] <= 2 && state.LastLetter is null);
        }
        return false;
    }

    /// <summary>Whether <paramref name="n"/> can follow <paramref name="last"/> ("3.2" after "3.1", "4" after "3.2", "3.1" after "3").</summary>
    public static bool IsSuccessor(IReadOnlyList<int>? last, IReadOnlyList<int> n)
    {
        if (n.Count == 0) return false;
        if (last is null || last.Count == 0) return n[0] <= 3 && n.Skip(1).All(x => x <= 2);
        var j = 0;
        while (j < n.Count && j < last.Count && n[j] == last[j]) j++;
        if (j == n.Count) return false;                                       // a repeat or a parent of the last
        if (j == last.Count) return n[j] <= 2 && n.Skip(j + 1).All(x => x <= 1); // one level deeper
        return n[j] > last[j] && n[j] <= last[j] + 2 && n.Skip(j + 1).All(x => x <= 2);
    }

    /// <summary>Index of the first line that is an abstract heading within the first two pages, or -1.</summary>
    private static int FindAbstract(IReadOnlyList<WorkLine> lines)
    {
        if (lines.Count == 0) return -1;
        var firstPage = lines[0].Page;
        for (var i = 0; i < lines.Count && lines[i].Page <= firstPage + 1; i++)
        {
            var t = lines[i].Text;
            if (t.Length > 0 && t[0] is 'A' or 'a' && HeadingPatterns.Match(t) is { } m && m.Numbering == HeadingNumbering.None
                && SectionClassifier.Classify(m.Title) == SectionKind.Abstract)
                return i;
        }
        return -1;
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "of", "for", "and", "the", "with", "in", "to", "a", "an", "via", "from", "by", "at", "or", "vs", "vs.", "versus", "under", "beyond",
    };

    /// <summary>A heading line that cannot end there: it ends with ":" or a connecting word.</summary>
    private static bool EndsWithConnector(string text)
    {
        if (text.EndsWith(':')) return true;
        var sp = text.LastIndexOf(' ');
        return sp > 0 && Connectors.Contains(text[(sp + 1)..]);
    }

    /// <summary>At least two words, all in capitals.</summary>
    private static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 6 && text.Contains(' ');
    }

    private static bool MayBeRunIn(string text) =>
        text.StartsWith("Abs", StringComparison.OrdinalIgnoreCase) || text.StartsWith("A BS", StringComparison.Ordinal)
        || text.StartsWith("Ack", StringComparison.OrdinalIgnoreCase);

    private static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or ';' or ')' or ']' or '"' or '\u201D';

    private sealed class State
    {
        public IReadOnlyList<int>? LastNumeric;
        public IReadOnlyList<int>? LastLetter;
        public int LastRoman;
        public int AbstractAt = -1;
        public bool AfterReferences;
        public bool InAppendix;
        public bool InChecklist;

        public void Update(HeadingMatch m)
        {
            var kind = m.Numbering == HeadingNumbering.Appendix ? SectionKind.Appendix : SectionClassifier.Classify(m.Title);
            switch (m.Numbering)
            {
                case HeadingNumbering.Numeric: LastNumeric = m.Number; break;
                case HeadingNumbering.Roman: LastRoman = m.Number[0]; break;
                case HeadingNumbering.Letter: LastLetter = m.Number; InAppendix = true; InChecklist = false; break;
                case HeadingNumbering.Appendix:
                    InAppendix = true;
                    InChecklist = false;
                    if (m.Number.Count > 0) LastLetter = m.Number;
                    break;
            }
            if (kind == SectionKind.References) AfterReferences = true;
            if (kind == SectionKind.Appendix) { InAppendix = true; InChecklist = false; }
            if (kind == SectionKind.Checklist) InChecklist = true;
        }
    }
}
