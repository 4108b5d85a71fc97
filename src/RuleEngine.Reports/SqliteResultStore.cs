using System.Globalization;
using Microsoft.Data.Sqlite;
using RuleEngine.Engine.Diagnostics;
using RuleEngine.Engine.Reporting;

namespace RuleEngine.Reports;

/// <summary>
/// <c>--format sqlite</c> (or <c>-o results.db</c>): a results database in one embedded SQLite file. Each paper
/// is committed in its own transaction as it finishes, so a run killed with SIGKILL loses only the papers in
/// flight and the file stays consistent (write-ahead log). Papers are keyed by content hash and engine
/// signature, which is what a resumed run skips on. Besides the full report (JSON, as in report-format.md)
/// the verdicts are stored in their own table, ready for SQL:
/// <code>SELECT variable, verdict, COUNT(*) FROM latest_verdicts GROUP BY variable, verdict;</code>
/// </summary>
public sealed class SqliteResultStore : IReportWriter, IDisposable
{
    public const string FormatName = "sqlite";
    public const int SchemaVersion = 1;

    private static readonly string[] Extensions = [".db", ".sqlite", ".sqlite3"];

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private SqliteResultStore(SqliteConnection connection) => _connection = connection;

    public string Format => FormatName;

    /// <summary>True when <paramref name="path"/> names a results database by its extension (.db, .sqlite, .sqlite3).</summary>
    public static bool IsDatabasePath(string? path) =>
        path is not null && Extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Opens (creating when missing) the results database at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a results database of this schema.</exception>
    public static SqliteResultStore Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                PRAGMA busy_timeout = 5000;
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1');
                CREATE TABLE IF NOT EXISTS papers (
                    id          INTEGER PRIMARY KEY,
                    sha256      TEXT NOT NULL,
                    signature   TEXT NOT NULL,
                    file        TEXT NOT NULL,
                    path        TEXT,
                    pages       INTEGER NOT NULL,
                    title       TEXT,
                    failed      INTEGER NOT NULL,
                    timed_out   INTEGER NOT NULL,
                    elapsed_ms  INTEGER NOT NULL,
                    analysed_at TEXT NOT NULL,
                    report      TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS papers_by_content ON papers (sha256, signature);
                CREATE TABLE IF NOT EXISTS verdicts (
                    paper_id    INTEGER NOT NULL REFERENCES papers (id),
                    variable_id TEXT NOT NULL,
                    variable    TEXT NOT NULL,
                    verdict     TEXT NOT NULL,
                    confidence  REAL NOT NULL,
                    source      TEXT NOT NULL,
                    PRIMARY KEY (paper_id, variable_id));
                CREATE VIEW IF NOT EXISTS latest_papers AS
                    SELECT * FROM papers p WHERE p.id = (SELECT MAX(q.id) FROM papers q WHERE q.sha256 = p.sha256);
                CREATE VIEW IF NOT EXISTS latest_verdicts AS
                    SELECT p.file, p.path, p.sha256, v.variable_id, v.variable, v.verdict, v.confidence, v.source
                    FROM verdicts v JOIN latest_papers p ON p.id = v.paper_id;
                """);
            var version = Scalar(connection, "SELECT value FROM meta WHERE key = 'schema_version'");
            if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
                throw new InvalidDataException($"{path}: results database schema {version}, expected {SchemaVersion}");
            return new SqliteResultStore(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"{path} is not a RuleEngine results database: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Records one paper: its report and its verdicts, in one transaction.</summary>
    public void Add(PaperReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = ReportJson.Serialize(report, indented: false);
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO papers (sha256, signature, file, path, pages, title, failed, timed_out, elapsed_ms, analysed_at, report)
                VALUES ($sha, $signature, $file, $path, $pages, $title, $failed, $timedOut, $elapsed, $at, $report);
                SELECT last_insert_rowid();
                """;
            insert.Parameters.AddWithValue("$sha", report.Paper.Sha256);
            insert.Parameters.AddWithValue("$signature", report.Engine?.Signature ?? "");
            insert.Parameters.AddWithValue("$file", report.Paper.File);
            insert.Parameters.AddWithValue("$path", (object?)report.Paper.Path ?? DBNull.Value);
            insert.Parameters.AddWithValue("$pages", report.Paper.Pages);
            insert.Parameters.AddWithValue("$title", (object?)report.Paper.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$failed", report.Failed ? 1 : 0);
            insert.Parameters.AddWithValue("$timedOut", report.Diagnostics.Any(d => d.Id == EngineDiagnosticIds.PaperTimedOut) ? 1 : 0);
            insert.Parameters.AddWithValue("$elapsed", report.ElapsedMs);
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$report", json);
            var paperId = (long)insert.ExecuteScalar()!;

            using var verdict = _connection.CreateCommand();
            verdict.Transaction = transaction;
            verdict.CommandText = "INSERT INTO verdicts (paper_id, variable_id, variable, verdict, confidence, source) VALUES ($paper, $id, $variable, $verdict, $confidence, $source)";
            var parameters = new[] { "$paper", "$id", "$variable", "$verdict", "$confidence", "$source" }.Select(n => verdict.Parameters.Add(n, SqliteType.Text)).ToArray();
            foreach (var v in report.Variables)
            {
                parameters[0].Value = paperId; parameters[1].Value = v.Id; parameters[2].Value = v.Variable;
                parameters[3].Value = v.Verdict; parameters[4].Value = v.Confidence; parameters[5].Value = v.Source;
                verdict.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    /// <summary>Nothing is buffered: every paper was committed by <see cref="Add"/>.</summary>
    public void Complete() { }

    /// <summary>Content hashes of the papers already analysed with this engine signature (timed-out papers are retried).</summary>
    public IReadOnlySet<string> CompletedPapers(string signature)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT DISTINCT sha256 FROM papers WHERE signature = $signature AND timed_out = 0 AND sha256 <> ''";
            command.Parameters.AddWithValue("$signature", signature);
            var done = new HashSet<string>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read()) done.Add(reader.GetString(0));
            return done;
        }
    }

    /// <summary>Every stored report, oldest first.</summary>
    public IReadOnlyList<PaperReport> ReadAll()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT report FROM papers ORDER BY id";
            var reports = new List<PaperReport>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
                if (ReportJson.Deserialize(reader.GetString(0)) is { } report) reports.Add(report);
            return reports;
        }
    }

    public void Dispose() => _connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
