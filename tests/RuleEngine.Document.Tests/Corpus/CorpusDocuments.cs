using System.Collections.Concurrent;
using RuleEngine.Document.Building;
using RuleEngine.Pdf;
using RuleEngine.Sdk.Documents;
using RuleEngine.TestSupport;

namespace RuleEngine.Document.Tests.Corpus;

/// <summary>Corpus papers read once per test run (stage 1 with the PDF reader, then this stage).</summary>
internal static class CorpusDocuments
{
    private static readonly ConcurrentDictionary<string, Lazy<PaperDocument>> Cache = new();

    public static PaperDocument Load(string id) =>
        Cache.GetOrAdd(id, i => new Lazy<PaperDocument>(() =>
        {
            var layout = new PdfLayoutReader().Read(RepoPaths.CorpusPdf(i));
            return PaperDocumentBuilder.Build(i + ".pdf", "", layout.Pages);
        })).Value;
}
