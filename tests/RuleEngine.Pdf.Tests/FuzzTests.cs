using System.Diagnostics;
using RuleEngine.Document.Building;
using RuleEngine.Document.Layout;
using RuleEngine.TestSupport;

namespace RuleEngine.Pdf.Tests;

/// <summary>
/// Mutates a small two-page paper many times with a fixed seed (bit flips, overwritten and deleted runs,
/// duplicated chunks, truncation, absurd numbers) and checks that each mutant reads — and builds into a
/// document model — or fails with a one-line <see cref="DocumentReadException"/>, within the time budget.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int Mutants = 300;
    private const int Seed = 20261202;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_mutant_reads_or_fails_with_a_one_line_diagnostic_within_budget()
    {
        var source = TestPdfs.SmallPaper();
        var random = new Random(Seed);
        var reader = new PdfLayoutReader();
        int read = 0, failed = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < Mutants; i++)
        {
            var path = _dir.Write($"mutant-{i:000}.pdf", PdfMutator.Mutate(source, random));
            var clock = Stopwatch.StartNew();
            var work = Task.Run(() =>
            {
                var layout = reader.Read(path);
                return PaperDocumentBuilder.Build(Path.GetFileName(path), "", layout.Pages);
            });
            Assert.True(work.ContinueWith(_ => { }, TaskScheduler.Default).Wait(Budget), $"mutant {i} took longer than {Budget.TotalSeconds} s");
            if (clock.Elapsed > slowest) slowest = clock.Elapsed;
            if (work.IsFaulted)
            {
                var error = work.Exception!.InnerException;
                Assert.True(error is DocumentReadException, $"mutant {i}: {error?.GetType().Name}: {error?.Message}");
                Assert.DoesNotContain('\n', error!.Message);
                failed++;
            }
            else read++;
            File.Delete(path);
        }
        Assert.Equal(Mutants, read + failed);
        Assert.True(read > 0 && failed > 0, $"the mutations should both keep some files readable and break others ({read} read, {failed} failed)");
    }
}
