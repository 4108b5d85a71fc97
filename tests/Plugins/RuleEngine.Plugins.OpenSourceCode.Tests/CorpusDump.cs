using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Plugins.OpenSourceCode.Tests;

/// <summary>Developer aid: prints the sentences of corpus papers that match a regex (set RV_DUMP="id1,id2|regex").</summary>
public sealed class CorpusDump(ITestOutputHelper output)
{
    [CorpusFact]
    public void Dump()
    {
        var spec = Environment.GetEnvironmentVariable("RV_DUMP");
        if (string.IsNullOrEmpty(spec)) return;
        var bar = spec.IndexOf('|');
        var regex = new System.Text.RegularExpressions.Regex(spec[(bar + 1)..], System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        foreach (var id in spec[..bar].Split(','))
        {
            var doc = CorpusDocuments.Load(id);
            output.WriteLine($"== {id}: {doc.Sentences.Count} sentences, {doc.Sections.Count} sections, {doc.Links.Count} links");
            foreach (var f in doc.Floats) output.WriteLine($"   FLOAT p{f.Page} {f.Kind} {f.Label}: {f.Caption} [{f.ContentLines.Count} lines] {(f.Content.Length > 200 ? f.Content[..200] : f.Content)}");
            foreach (var l in doc.Links) output.WriteLine($"   LINK p{l.Page} {l.Origin} s{l.SentenceIndex} {l.Uri}");
            foreach (var s in doc.Sentences)
                if (regex.IsMatch(s.Text)) output.WriteLine($"   s{s.Index} p{s.Page} sec{s.SectionIndex}: {s.Text}");
        }
    }
}
