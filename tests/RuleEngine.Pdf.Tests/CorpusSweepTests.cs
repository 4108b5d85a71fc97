using System.Diagnostics;
using RuleEngine.Document.Layout;
using RuleEngine.TestSupport;
using Xunit.Abstractions;

namespace RuleEngine.Pdf.Tests;

/// <summary>
/// A sample of the corpus (every twentieth PDF, 13 papers) read end to end: each one is read or
/// refused with a <see cref="DocumentReadException"/>, never another exception, and has the
/// manifest's page count. The whole corpus is swept by hand (see the project notes); this keeps the
/// suite's share to a few seconds.
/// </summary>
public sealed class CorpusSweepTests(ITestOutputHelper output)
{
    [CorpusFact]
    [Trait("Category", "Slow")]
    public void A_sample_of_the_corpus_reads_without_unexpected_exceptions()
    {
        var manifest = File.ReadAllLines(Path.Combine(RepoPaths.Shared, "corpus", "manifest.tsv"));
        var pagesColumn = Array.IndexOf(manifest[0].Split('\t'), "pages");
        var expectedPages = manifest.Skip(1).Select(l => l.Split('\t')).ToDictionary(r => r[0], r => int.Parse(r[pagesColumn]));
        var files = Directory.GetFiles(RepoPaths.CorpusPdfs, "*.pdf").Order(StringComparer.Ordinal).Where((_, i) => i % 20 == 0).ToList();
        var reader = new PdfLayoutReader();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();

        foreach (var file in files)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var started = clock.ElapsedMilliseconds;
            try
            {
                var doc = reader.Read(file);
                if (expectedPages.TryGetValue(id, out var pages) && pages != doc.Pages.Count)
                    failures.Add($"{id}: {doc.Pages.Count} pages, manifest says {pages}");
            }
            catch (DocumentReadException e)
            {
                failures.Add($"{id}: {e.Code} {e.Message}");
            }
            output.WriteLine($"{id}: {clock.ElapsedMilliseconds - started} ms");
        }

        output.WriteLine($"{files.Count} papers in {clock.ElapsedMilliseconds} ms");
        Assert.Empty(failures);
    }
}
