using System.Diagnostics;
using System.Text;
using RuleEngine.Document.Building;
using RuleEngine.Sdk.Documents;
using Xunit.Abstractions;

namespace RuleEngine.Document.Tests.Building;

public class BuildSpeedTests(ITestOutputHelper output)
{
    /// <summary>A synthetic paper of about 20k words over 12 pages.</summary>
    private static string SyntheticPaper()
    {
        var sb = new StringBuilder();
        sb.AppendLine("A Synthetic Paper About Speed").AppendLine("Ann Lee and Bob Stone").AppendLine("University of Nowhere").AppendLine("Abstract");
        var rnd = new Random(1);
        string[] words = ["model", "training", "reproduc-", "data", "the", "of", "we", "results", "et", "al.", "e.g.", "Fig.", "3.5", "https://github.com/x/y", "network", "learning"];
        for (var page = 0; page < 12; page++)
        {
            if (page > 0) sb.AppendLine(PaperDocumentBuilder.PageBreakMarker);
            sb.AppendLine($"{page + 1} Section Number {page + 1}");
            for (var line = 0; line < 55; line++)
            {
                var n = 0;
                var l = new StringBuilder();
                while (l.Length < 75) { l.Append(words[rnd.Next(words.Length)]).Append(n++ % 9 == 8 ? ". " : " "); }
                sb.AppendLine(l.ToString().TrimEnd());
                if (line % 9 == 8) sb.AppendLine();
            }
        }
        return sb.ToString();
    }

    [Fact]
    [Trait("Category", "Performance")]
    public void Builds_a_long_paper_and_reports_the_time()
    {
        var text = SyntheticPaper();
        PaperDocumentBuilder.FromText(text); // warm up (JIT, ICU rule data)
        var best = double.MaxValue;
        PaperDocument? doc = null;
        for (var i = 0; i < 15; i++)
        {
            var sw = Stopwatch.StartNew();
            doc = PaperDocumentBuilder.FromText(text);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        // No time bound here (timed assertions are flaky on loaded machines; speed is measured with 'ruleengine bench').
        output.WriteLine($"{doc!.Text.Split(' ').Length} words, {doc.Sentences.Count} sentences: best of 15 builds {best:F2} ms");
        DocumentInvariants.Check(doc);
    }
}
