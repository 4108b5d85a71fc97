using System.Text;
using RuleEngine.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;

namespace RuleEngine.Pdf.Tests;

/// <summary>
/// The text-only page (<see cref="TextOnlyPageFactory"/>) against PdfPig's default page: every letter, with
/// its position, font, render mode and colours, must be the same, or the layout (and every report) changes.
/// </summary>
public sealed class TextOnlyPageTests
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };

    /// <summary>
    /// Figure-heavy (form XObjects with ~200,000 drawing operations each), a two-column paper, and a few of
    /// the speed sample. Set RULEENGINE_ALL_CORPUS_LETTERS=1 to check every corpus PDF instead.
    /// </summary>
    public static TheoryData<string> CorpusPapers()
    {
        var data = new TheoryData<string>();
        if (Environment.GetEnvironmentVariable("RULEENGINE_ALL_CORPUS_LETTERS") == "1" && RepoPaths.HasCorpus)
        {
            foreach (var file in Directory.GetFiles(RepoPaths.CorpusPdfs, "*.pdf").Order(StringComparer.Ordinal))
                data.Add(Path.GetFileNameWithoutExtension(file));
            return data;
        }
        foreach (var id in new[] { "icml15-macdonald15", "icml15-ganin15", "agrawal2012analysis", "lafferty2001conditional", "mahler2017dexnet", "perezyperez2001mexica" })
            data.Add(id);
        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusPapers))]
    public void Corpus_paper_has_the_same_letters_as_PdfPigs_default_page(string id)
    {
        AssertSameAsDefaultPage(RepoPaths.CorpusPdf(id));
    }

    [Fact]
    public void Invisible_white_and_visible_text_keep_their_render_mode_and_fill_colour()
    {
        const string content = """
            BT /F1 12 Tf 72 700 Td (Seen) Tj
            3 Tr (Hidden) Tj
            0 Tr 1 1 1 rg (White) Tj
            0 0 1 rg 2 Tr (Blue) Tj ET
            """;
        using var dir = new TempDir();
        var path = dir.Write("modes.pdf", TestPdfs.OnePage(content));

        var letters = AssertSameAsDefaultPage(path)[0].Letters;

        Assert.Equal("SeenHiddenWhiteBlue", string.Concat(letters.Select(l => l.Value)));
        Assert.All(letters.Take(4), l => Assert.Equal(TextRenderingMode.Fill, l.RenderingMode));
        Assert.All(letters.Skip(4).Take(6), l => Assert.Equal(TextRenderingMode.Neither, l.RenderingMode));
        Assert.All(letters.Skip(10).Take(5), l => Assert.Equal((1.0, 1.0, 1.0), l.FillColor.ToRGBValues()));
        Assert.All(letters.Skip(15), l =>
        {
            Assert.Equal(TextRenderingMode.FillThenStroke, l.RenderingMode);
            Assert.Equal((0.0, 0.0, 1.0), l.FillColor.ToRGBValues());
        });
    }

    [Fact]
    public void Filled_rectangles_and_images_leave_their_bounding_boxes_and_stroked_paths_do_not()
    {
        const string content = """
            0.9 g 50 600 200 40 re f
            1 0 0 rg 300 600 m 350 650 l 400 600 l h f
            0 G 60 60 m 500 500 l S
            q 100 0 0 50 200 300 cm BI /W 1 /H 1 /CS /G /BPC 8 ID
            x EI Q
            1 1 1 rg BT /F1 10 Tf 60 610 Td (On grey) Tj ET
            """;
        using var dir = new TempDir();
        var path = dir.Write("shapes.pdf", TestPdfs.OnePage(content));

        var page = AssertSameAsDefaultPage(path)[0];

        Assert.Collection(page.FilledShapes,
            rect =>
            {
                Assert.Equal(new PdfRectangle(50, 600, 250, 640), rect.Bounds);
                Assert.True(rect.IsRectangle);
                Assert.Equal((0.9, 0.9, 0.9), rect.FillColor.ToRGBValues());
            },
            triangle =>
            {
                Assert.Equal(new PdfRectangle(300, 600, 400, 650), triangle.Bounds);
                Assert.False(triangle.IsRectangle);
                Assert.Equal((1.0, 0.0, 0.0), triangle.FillColor.ToRGBValues());
            });
        var image = Assert.Single(page.ImageBoxes);
        Assert.Equal(new PdfRectangle(200, 300, 300, 350), image);
    }

    [Fact]
    public void A_combining_accent_is_merged_into_the_letter_before_it_as_PdfPig_merges_it()
    {
        // Code 200 draws U+0301 COMBINING ACUTE ACCENT (glyph uni0301): "e" + accent in one string is "é".
        const string content = "BT /F1 12 Tf 72 700 Td (Caf) Tj (e\\310) Tj ET";
        using var dir = new TempDir();
        var path = dir.Write("accent.pdf", TestPdfs.FromObjects(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [200 /uni0301] >> >>",
        ]));

        var letters = AssertSameAsDefaultPage(path)[0].Letters;

        Assert.Equal(["C", "a", "f", "\u00E9"], letters.Select(l => l.Value));
    }

    [Fact]
    public void The_factory_refuses_options_under_which_letters_depend_on_clipping()
    {
        using var dir = new TempDir();
        var path = dir.Write("one.pdf", TestPdfs.OnePage("BT /F1 12 Tf 72 700 Td (A) Tj ET"));
        using var document = PdfDocument.Open(path, new ParsingOptions { ClipPaths = true });

        var e = Assert.Throws<System.Reflection.TargetInvocationException>(() => document.AddPageFactory<TextOnlyPage, TextOnlyPageFactory>());
        Assert.IsType<NotSupportedException>(e.InnerException);
    }

    /// <summary>Reads every page both ways and fails on the first letter, size or annotation that differs.</summary>
    private static List<TextOnlyPage> AssertSameAsDefaultPage(string path)
    {
        using var document = PdfDocument.Open(path, Options);
        document.AddPageFactory<TextOnlyPage, TextOnlyPageFactory>();
        var pages = new List<TextOnlyPage>();
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            var expected = document.GetPage(n);
            var actual = document.GetPage<TextOnlyPage>(n);
            Assert.Equal(expected.Width, actual.Width);
            Assert.Equal(expected.Height, actual.Height);
            Assert.Equal(Annotations(expected.GetAnnotations()), Annotations(actual.GetAnnotations()));
            Assert.Equal(expected.Letters.Count, actual.Letters.Count);
            for (var i = 0; i < expected.Letters.Count; i++)
            {
                var e = Describe(expected.Letters[i]);
                var a = Describe(actual.Letters[i]);
                if (e != a) Assert.Fail($"{Path.GetFileName(path)} page {n} letter {i}:\n expected {e}\n actual   {a}");
            }
            pages.Add(actual);
        }
        return pages;
    }

    private static string Annotations(IEnumerable<UglyToad.PdfPig.Annotations.Annotation> annotations) =>
        string.Join("\n", annotations.Select(a => $"{a.Type} {a.Rectangle} {a.Action}"));

    /// <summary>Every property of a letter that layout or a hidden-text filter can read, exactly (R formatting).</summary>
    private static string Describe(Letter l)
    {
        var sb = new StringBuilder();
        sb.Append('"').Append(l.Value).Append("\" ");
        sb.Append(Box(l.BoundingBox)).Append(" loose ").Append(Box(l.GlyphRectangleLoose));
        sb.Append(" base ").Append(Point(l.StartBaseLine)).Append("->").Append(Point(l.EndBaseLine));
        sb.Append(" w ").Append(l.Width.ToString("R")).Append(" fs ").Append(l.FontSize.ToString("R")).Append(" pt ").Append(l.PointSize.ToString("R"));
        sb.Append(" font ").Append(l.FontName).Append(" bold ").Append(l.FontDetails?.IsBold).Append(" italic ").Append(l.FontDetails?.IsItalic);
        sb.Append(" mode ").Append(l.RenderingMode).Append(" orient ").Append(l.TextOrientation).Append(" seq ").Append(l.TextSequence);
        sb.Append(" fill ").Append(Color(l.FillColor)).Append(" stroke ").Append(Color(l.StrokeColor)).Append(" color ").Append(Color(l.Color));
        return sb.ToString();
    }

    private static string Box(PdfRectangle r) => $"[{Point(r.BottomLeft)} {Point(r.TopRight)} {Point(r.TopLeft)} {Point(r.BottomRight)}]";

    private static string Point(PdfPoint p) => $"({p.X:R},{p.Y:R})";

    private static string Color(IColor? c) => c is null ? "null" : $"{c.ColorSpace}{c.ToRGBValues()}";
}
