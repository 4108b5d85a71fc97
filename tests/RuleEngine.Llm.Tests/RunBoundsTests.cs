using RuleEngine.Engine.Reporting;
using RuleEngine.Llm.Caching;
using RuleEngine.Llm.Configuration;
using RuleEngine.Llm.Processing;
using static RuleEngine.Llm.Tests.TestPapers;

namespace RuleEngine.Llm.Tests;

/// <summary>Issue #12, item 5: bounded responses, run caps and totals, a finer cache key, a private cache file.</summary>
public sealed class RunBoundsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ruleengine-llm-bounds-").FullName;

    [Fact]
    public void A_huge_response_body_fails_the_call_without_being_buffered_or_retried()
    {
        using var server = new LoopbackChatServer(new ScriptedReply(200, Answer("Yes", "x", (CodeSentence, 1)), PaddingBytes: 64L * 1024 * 1024));
        using var run = new LoopbackFallback(server, o => o with { MaxResponseBytes = 1024 * 1024 });
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var report = run.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)));

        Assert.Equal(VerdictSources.Heuristic, Assert.Single(report.Variables).Source);
        Assert.Contains(report.Diagnostics, d => d.Id == LlmDiagnosticIds.CallFailed);
        Assert.Single(server.Requests);
        Assert.InRange(GC.GetTotalMemory(forceFullCollection: true) - before, long.MinValue, 32L * 1024 * 1024);
    }

    [Fact]
    public void The_run_cap_on_calls_stops_calling_and_keeps_heuristic_verdicts()
    {
        using var harness = new FallbackHarness(new LlmOptions { Mode = LlmMode.Fallback, Model = "m", CachePath = null, MaxCalls = 1 })
            .Answers(Answer("Yes", "link", (CodeSentence, 1)));

        harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);
        var second = harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        Assert.Single(harness.Prompts());
        Assert.Equal(VerdictSources.Heuristic, Assert.Single(second.Variables).Source);
        Assert.Contains(second.Diagnostics, d => d.Id == LlmDiagnosticIds.Skipped && d.Message.Contains("--llm-max-calls"));
        Assert.StartsWith("LLM run total (m): 1 call, 0 answers from cache (0 tokens not spent), 100 prompt + 20 completion tokens", harness.Runner.Ledger.Describe());
    }

    [Fact]
    public void The_run_cap_on_tokens_stops_calling()
    {
        using var harness = new FallbackHarness(new LlmOptions { Mode = LlmMode.Fallback, Model = "m", CachePath = null, MaxTokens = 10 }).Answers(Answer("No", "none"));

        harness.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        Assert.Empty(harness.Prompts());
    }

    [Fact]
    public void An_answer_cached_for_one_endpoint_is_not_replayed_for_another_with_the_same_model()
    {
        var path = Path.Combine(_dir, "cache.db");
        using var cache = new SqliteResponseCache(path);
        using (var first = new FallbackHarness(new LlmOptions { Mode = LlmMode.Fallback, Model = "same", Endpoint = "http://127.0.0.1:1/v1", CachePath = null }, cache)
            .Answers(Answer("Yes", "link", (CodeSentence, 1))))
            first.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        using var second = new FallbackHarness(new LlmOptions { Mode = LlmMode.Fallback, Model = "same", Endpoint = "http://127.0.0.1:2/v1", CachePath = null }, cache)
            .Answers(Answer("No", "asked again"));
        second.Processor.Process(Report(Result("RV0004", "OpenSourceCode", "No", 0.4)), Paper(), CancellationToken.None);

        Assert.Single(second.Prompts());
    }

    [Fact]
    public void The_cache_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Path.Combine(_dir, "sub", "cache.db");
        using var cache = new SqliteResponseCache(path);
        cache.Put("k", "m", new CachedAnswer("{}", 1, 1));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void The_default_cache_folder_follows_XDG_and_HOME_and_is_never_the_working_directory()
    {
        Assert.Equal("/x/ruleengine/llm-cache.db", CacheLocation.Default(n => n == "XDG_CACHE_HOME" ? "/x" : "/home/u"));
        Assert.Equal("/home/u/.cache/ruleengine/llm-cache.db", CacheLocation.Default(n => n == "HOME" ? "/home/u" : null));
        Assert.Null(CacheLocation.Default(_ => null));
        Assert.Null(CacheLocation.Default(n => n == "HOME" ? "relative" : null));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
