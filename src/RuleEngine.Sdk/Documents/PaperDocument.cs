using System.Text;
using RuleEngine.Sdk.Pieces;

namespace RuleEngine.Sdk.Documents;

/// <summary>
/// The parsed paper every detector sees: the text in reading order (running headers and footers removed,
/// hyphenation and ligatures repaired) and its structure — pages, lines, sentences, sections, floats,
/// links and the title block. Every piece keeps its page and its span in <see cref="Text"/>, so evidence
/// can point back to it. Built once per paper by the engine; detectors never re-parse the PDF.
/// </summary>
public sealed class PaperDocument
{
    private readonly int[] _pageStarts;
    private string? _normalizedText;
    private SentencePieces?[]? _pieces;

    public PaperDocument(
        string fileName,
        string sha256,
        string text,
        IReadOnlyList<DocumentPage> pages,
        IReadOnlyList<DocumentLine> lines,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Section> sections,
        IReadOnlyList<Hyperlink> links,
        IReadOnlyList<DocumentFloat> floats,
        TitleBlock titleBlock)
    {
        FileName = fileName;
        Sha256 = sha256;
        Text = text;
        Pages = pages;
        Lines = lines;
        Sentences = sentences;
        Sections = sections;
        Links = links;
        Floats = floats;
        TitleBlock = titleBlock;
        _pageStarts = pages.Select(p => p.Span.Start).ToArray();
    }

    public string FileName { get; }
    public string Sha256 { get; }

    /// <summary>All text in reading order: lines of a paragraph joined by spaces, paragraphs by line feeds.</summary>
    public string Text { get; }

    public IReadOnlyList<DocumentPage> Pages { get; }
    public IReadOnlyList<DocumentLine> Lines { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<Hyperlink> Links { get; }
    public IReadOnlyList<DocumentFloat> Floats { get; }
    public TitleBlock TitleBlock { get; }

    public int PageCount => Pages.Count;
    public string Title => TitleBlock.Title;

    /// <summary>The text of a span.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

    /// <summary>The 1-based page holding a text offset.</summary>
    public int PageOf(int offset)
    {
        if (_pageStarts.Length == 0) return 1;
        var i = Array.BinarySearch(_pageStarts, offset);
        if (i < 0) i = ~i - 1;
        // Empty pages share their start offset with the next page: the text belongs to the last of them.
        while (i + 1 < _pageStarts.Length && _pageStarts[i + 1] == _pageStarts[Math.Max(i, 0)] && _pageStarts[i + 1] <= offset) i++;
        return Pages[Math.Clamp(i, 0, Pages.Count - 1)].Number;
    }

    /// <summary>
    /// The typed pieces of a sentence (quantities, citations, URLs, versions, labels…), marked once and shared
    /// by every detector: constructions are written over them instead of over raw wording.
    /// </summary>
    public SentencePieces PiecesOf(Sentence sentence)
    {
        if (sentence.Index < 0 || sentence.Index >= Sentences.Count || !ReferenceEquals(Sentences[sentence.Index], sentence))
            return SentencePieces.Of(sentence.Text);
        var cache = _pieces ??= new SentencePieces?[Sentences.Count];
        // Marking is deterministic, so a race between two detectors only marks a sentence twice.
        return cache[sentence.Index] ??= SentencePieces.Of(sentence.Text);
    }

    /// <summary>The section holding a text offset, or null before the first heading.</summary>
    public Section? SectionAt(int offset)
    {
        Section? found = null;
        foreach (var s in Sections)
        {
            if (s.Span.Start > offset) break;
            found = s;
        }
        return found;
    }

    /// <summary>
    /// Whether an offset lies in back matter — references, acknowledgements, a reproducibility checklist —
    /// i.e. text that is not the paper's own account of its work. Appendices are not back matter.
    /// </summary>
    public bool IsBackMatter(int offset) => SectionAt(offset)?.IsBackMatter ?? false;

    /// <summary>Whether a sentence is the paper's own content (not references, acknowledgements or checklist).</summary>
    public bool IsBodyText(Sentence sentence) => !(SectionOf(sentence) ?? SectionAt(sentence.Span.Start))?.IsBackMatter ?? true;

    /// <summary>
    /// Whether a sentence sits where a paper frames its work and describes others' — the abstract, introduction,
    /// related work or background, or text before the first heading of a paper that has headings. A paper where
    /// no heading was found is read as all body text. Detectors count artefacts there only in the paper's own voice.
    /// </summary>
    public bool IsFraming(Sentence sentence)
    {
        var section = SectionOf(sentence);
        return section is null
            ? Sections.Count > 0
            : section.Kind is SectionKind.Abstract or SectionKind.Introduction or SectionKind.RelatedWork or SectionKind.Background;
    }

    /// <summary>The section a sentence belongs to, or null.</summary>
    public Section? SectionOf(Sentence sentence) =>
        sentence.SectionIndex >= 0 && sentence.SectionIndex < Sections.Count ? Sections[sentence.SectionIndex] : null;

    /// <summary>
    /// Whether <paramref name="quote"/> occurs in the text, ignoring differences in whitespace, case of
    /// ligature spelling and hyphenation at line ends. Used to verify evidence (including an LLM's).
    /// </summary>
    public bool ContainsVerbatim(string quote)
    {
        var needle = Normalize(quote);
        if (needle.Length == 0) return false;
        _normalizedText ??= Normalize(Text);
        return _normalizedText.Contains(needle, StringComparison.Ordinal);
    }

    /// <summary>Canonical form for tolerant comparison: NFKC, ligatures expanded, whitespace and soft hyphens dropped, lower-case.</summary>
    public static string Normalize(string s)
    {
        var nf = s.Replace('\u02DC', '~').Replace('\u223C', '~').Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nf.Length);
        foreach (var c in nf)
        {
            if (char.IsWhiteSpace(c) || c == '\u00AD' || c == '\u200B') continue;
            sb.Append(char.ToLowerInvariant(c switch
            {
                '\u2018' or '\u2019' or '\u2032' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u02DC' or '\u223C' => '~',
                _ => c,
            }));
        }
        return sb.ToString().Replace("-", "", StringComparison.Ordinal);
    }
}
