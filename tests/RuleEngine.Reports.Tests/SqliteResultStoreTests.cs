using Microsoft.Data.Sqlite;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports.Tests;

public sealed class SqliteResultStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ruleengine-store-" + Guid.NewGuid().ToString("N"));

    public SqliteResultStoreTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Db => Path.Combine(_dir, "results.db");

    private static PaperReport Stamped(PaperReport report, string signature, string sha) =>
        report with { Engine = new EngineStamp("1.0", signature), Paper = report.Paper with { Sha256 = sha } };

    [Fact]
    public void Reports_round_trip_and_survive_reopening()
    {
        using (var store = SqliteResultStore.Open(Db))
        {
            store.Add(Stamped(TestReports.Attention("papers/attention.pdf"), "sig", "aaa"));
            store.Add(Stamped(TestReports.Corrupt("papers/bad.pdf"), "sig", "bbb"));
        }

        using var reopened = SqliteResultStore.Open(Db);
        var reports = reopened.ReadAll();

        Assert.Equal(2, reports.Count);
        Assert.Equal(TestReports.Attention().Variables.Count, reports[0].Variables.Count);
        Assert.Equal("papers/attention.pdf", reports[0].Paper.Path);
        Assert.True(reports[1].Failed);
    }

    [Fact]
    public void Completed_papers_are_those_with_the_same_signature_that_did_not_time_out()
    {
        using var store = SqliteResultStore.Open(Db);
        store.Add(Stamped(TestReports.Attention(), "old", "aaa"));
        store.Add(Stamped(TestReports.Attention(), "new", "bbb"));
        var timedOut = Stamped(TestReports.Corrupt(), "new", "ccc") with { Diagnostics = [new DiagnosticEntry("RE0105", DiagnosticLevels.Error, "over budget")] };
        store.Add(timedOut);

        Assert.Equal(["bbb"], store.CompletedPapers("new"));
        Assert.Equal(["aaa"], store.CompletedPapers("old"));
    }

    [Fact]
    public void Verdicts_are_queryable_with_sql_and_the_latest_row_of_a_paper_wins()
    {
        using (var store = SqliteResultStore.Open(Db))
        {
            store.Add(Stamped(TestReports.Attention(), "old", "aaa"));
            store.Add(Stamped(TestReports.Theory(), "new", "aaa"));
        }

        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT verdict FROM latest_verdicts WHERE variable = 'ResearchType'";

        Assert.Equal("Theoretical", command.ExecuteScalar());
    }

    [Fact]
    public void A_file_that_is_not_a_results_database_is_refused_with_a_clear_message()
    {
        File.WriteAllText(Db, "this is not a database, just some text that is long enough to have a header");

        var e = Assert.Throws<InvalidDataException>(() => SqliteResultStore.Open(Db));

        Assert.Contains("not a RuleEngine results database", e.Message);
    }
}
