using Microsoft.Data.Sqlite;

namespace RuleEngine.Llm.Caching;

/// <summary>
/// The response cache in an embedded SQLite file (default <c>~/.cache/ruleengine/llm-cache.db</c>), so a
/// re-run with the same model and prompts costs nothing. Safe for concurrent use; a cache that cannot be
/// opened or written degrades to no cache rather than failing the analysis.
/// </summary>
public sealed class SqliteResponseCache : ILlmResponseCache, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public SqliteResponseCache(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else if (!Directory.Exists(folder)) Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        FilePath = full;
        OwnerOnly(full); // prompts quote papers and answers cost money: the file is the user's alone (0600), as are SQLite's -wal/-shm which copy its mode
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA busy_timeout=5000;");
        Execute("""
            CREATE TABLE IF NOT EXISTS responses (
                key TEXT PRIMARY KEY,
                model TEXT NOT NULL,
                text TEXT NOT NULL,
                prompt_tokens INTEGER NOT NULL,
                completion_tokens INTEGER NOT NULL,
                created_utc TEXT NOT NULL
            );
            """);
    }

    public string FilePath { get; }

    private static void OwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows()) return;
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(file))
            using (new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode })) { }
        File.SetUnixFileMode(file, mode);
    }

    public CachedAnswer? TryGet(string key)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT text, prompt_tokens, completion_tokens FROM responses WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new CachedAnswer(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
        }
    }

    public void Put(string key, string model, CachedAnswer answer)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO responses (key, model, text, prompt_tokens, completion_tokens, created_utc)
                VALUES ($key, $model, $text, $prompt, $completion, $created)
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$model", model);
            command.Parameters.AddWithValue("$text", answer.Text);
            command.Parameters.AddWithValue("$prompt", answer.PromptTokens);
            command.Parameters.AddWithValue("$completion", answer.CompletionTokens);
            command.Parameters.AddWithValue("$created", DateTime.UtcNow.ToString("O"));
            command.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        lock (_gate) _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
