using System.Globalization;
using System.Text;

namespace RuleEngine.TestSupport;

/// <summary>
/// One-page PDFs with a visible paper body (Helvetica 10 pt, black) plus content-stream fragments that hide
/// text in the ways a paper could try to address a screening tool without a reader seeing it.
/// </summary>
public static class HiddenTextPdfs
{
    /// <summary>The visible body: a title, an introduction and experiments with a hardware and a code sentence.</summary>
    public static readonly IReadOnlyList<string> BodyLines =
    [
        "Sparse Adapters for Small Models",
        "Jane Doe, University of Somewhere",
        "1 Introduction",
        "We study parameter efficient fine tuning and propose sparse adapters.",
        "Our code is available at https://github.com/example/sparse-adapters for anyone to use.",
        "2 Experiments",
        "We evaluate on three public benchmarks and report the mean of five runs.",
        "All experiments ran on a single NVIDIA A100 GPU with 40 GB of memory.",
        "Training takes two hours per benchmark and uses the AdamW optimiser.",
    ];

    /// <summary>The body lines drawn visibly, from the top of the page down, 14 pt apart.</summary>
    public static string VisibleBody() => Lines(BodyLines, top: 720);

    /// <summary>Text lines at 10 pt, 14 pt apart from <paramref name="top"/> down, in the current colour and render mode.</summary>
    public static string Lines(IEnumerable<string> lines, double top, double x = 72, double size = 10)
    {
        var sb = new StringBuilder();
        var y = top;
        foreach (var line in lines)
        {
            sb.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x} {y} Td ({Escape(line)}) Tj ET\n");
            y -= 14;
        }
        return sb.ToString();
    }

    /// <summary>A page-covering image (a scan): 1×1 inline grey image scaled to 612×792.</summary>
    public const string PageImage = "q 612 0 0 792 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID\nx EI Q\n";

    /// <summary>A one-page PDF: the visible body, then <paramref name="extra"/> (in its own q/Q).</summary>
    public static byte[] BodyWith(string extra) => TestPdfs.OnePage(VisibleBody() + "q\n" + extra + "Q\n");

    /// <summary>Text hidden in <paramref name="kind"/>'s way, as a content-stream fragment (one line per 90 characters).</summary>
    public static string Hidden(HiddenKind kind, string text)
    {
        var lines = Wrap(text, 90);
        return kind switch
        {
            HiddenKind.Invisible => "3 Tr\n" + Lines(lines, top: 500),
            HiddenKind.White => "1 1 1 rg\n" + Lines(lines, top: 500),
            HiddenKind.Tiny => Lines(lines, top: 500, size: 0.5),
            HiddenKind.OffPage => Lines(lines, top: 500, x: 700),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>A PDF string literal's body: backslash and parentheses escaped, characters outside Latin-1 as '?'.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '(' or ')') sb.Append('\\').Append(c);
            else if (c is '\r' or '\n' or '\t') sb.Append(' ');
            else sb.Append(c > 0xFF ? '?' : c);
        }
        return sb.ToString();
    }

    /// <summary>Splits text at spaces into lines of at most <paramref name="width"/> characters.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }
}
