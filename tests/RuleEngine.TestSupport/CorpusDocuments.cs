using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using RuleEngine.Document.Building;
using RuleEngine.Document.Layout;
using RuleEngine.Pdf;
using RuleEngine.Sdk.Documents;

namespace RuleEngine.TestSupport;

/// <summary>
/// Corpus papers as <see cref="PaperDocument"/>s for tests. The PDF layout stage is cached on disk
/// (under the system temp folder, keyed by the PDF reader's build), the document builder always runs, so
/// detector and builder changes are seen at once and a dev-set run costs seconds, not a minute.
/// </summary>
public static class CorpusDocuments
{
    private static readonly ConcurrentDictionary<string, PaperDocument> Memory = new(StringComparer.Ordinal);
    private static readonly Lazy<string> CacheDir = new(() =>
    {
        var readerDll = typeof(PdfLayoutReader).Assembly.Location;
        var stamp = File.Exists(readerDll) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(readerDll)))[..16] : "nostamp";
        var dir = Path.Combine(Path.GetTempPath(), "ruleengine-layout-cache", stamp);
        Directory.CreateDirectory(dir);
        return dir;
    });

    /// <summary>The document of corpus paper <paramref name="id"/>; throws <see cref="DocumentReadException"/> for unreadable ones.</summary>
    public static PaperDocument Load(string id) => Memory.GetOrAdd(id, key =>
    {
        var pdf = RepoPaths.CorpusPdf(key);
        var layout = LoadLayout(pdf);
        return PaperDocumentBuilder.Build(Path.GetFileName(pdf), "", layout.Pages);
    });

    /// <summary>The laid-out pages of a PDF (cached).</summary>
    public static LayoutDocument LoadLayout(string pdfPath)
    {
        var cacheFile = Path.Combine(CacheDir.Value, Path.GetFileNameWithoutExtension(pdfPath) + ".json");
        if (File.Exists(cacheFile))
        {
            try
            {
                var cached = JsonSerializer.Deserialize<CachedLayout>(File.ReadAllText(cacheFile));
                if (cached is not null) return new LayoutDocument(cached.Pages, []);
            }
            catch (JsonException) { }
        }
        var layout = new PdfLayoutReader().Read(pdfPath);
        var tmp = cacheFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(new CachedLayout { Pages = layout.Pages.ToList() }));
        File.Move(tmp, cacheFile, overwrite: true);
        return layout;
    }

    private sealed class CachedLayout
    {
        public List<LayoutPage> Pages { get; set; } = [];
    }
}
